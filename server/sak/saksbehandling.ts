/**
 * The case lifecycle on the sandbox clock (SPEC §6): every automatic step after `stegMs` of sandbox time, sandbox
 * actions that set a status or ask for a correction, and the bookkeeping of an endring. Each status change marks
 * the case's ubehandlet versions behandlet and publishes its event in the same transaction.
 */
import type { Clock } from '../clock.js';
import { ApiError } from '../errors.js';
import type { Db } from '../store/database.js';
import type { Begjaering } from '../../rules/lib/model.js';
import type { Modellversjon } from '../../rules/lib/modell.js';
import type { EndringContext } from '../../rules/types.js';
import { LUKKET } from '../../rules/ugyldig-status.js';
import type { Hendelse, Hendelseslogg } from './hendelser.js';
import { automatiskNeste, sti, type Beslutningstype, type Saksstatus } from './livssyklus.js';
import type { Sak, SakRepository } from './repository.js';

/**
 * The clock job type of an automatic step; its data names the case, the status it leaves and when it fell due
 * (the next step is due `stegMs` after that, so one long clock jump runs several steps, each at its own time).
 */
export const STEG_JOBB = 'sak.steg';

export interface SaksbehandlingDeps {
  db: Db;
  saker: SakRepository;
  clock: Clock;
  hendelser: Hendelseslogg;
  /** Sandbox time per automatic step; 0 = the case moves only by sandbox action. */
  stegMs: number;
  /** The decision an automatic sakBesluttet gets. */
  beslutning: Beslutningstype;
}

/** What an endring is validated against, and the version number it would get. */
export interface Endringsgrunnlag {
  sak: Sak;
  kontekst: EndringContext;
  nesteVersjon: number;
}

export class Saksbehandling {
  constructor(private readonly d: SaksbehandlingDeps) {}

  /** Runs inside the creating transaction: the sakOpprettet event and the first automatic step. */
  readonly opprettet = (sak: Sak): void => {
    const naa = this.d.clock.now(sak.orgnr);
    this.publiserStatus(sak, null, [], naa);
    this.planlegg(sak, naa);
  };

  /** The clock job: one automatic step, skipped when a sandbox action already moved the case on. */
  readonly steg = (data: Record<string, unknown>): void => {
    const sak = this.d.saker.hentMedId(Number(data.sakId));
    if (!sak || sak.saksstatus !== data.fra) return;
    const neste = automatiskNeste(sak.saksstatus);
    const forfall = typeof data.forfallMs === 'number' ? new Date(data.forfallMs) : this.d.clock.now(sak.orgnr);
    if (neste) this.d.db.transaction(() => this.flytt(sak, [neste], this.d.beslutning, forfall))();
  };

  /**
   * Sandbox action: moves the case to `til` through every step between (each with its event). 409 when the
   * transition table does not lead there; `beslutning` only where the way passes sakBesluttet.
   */
  settStatus(sak: Sak, til: Saksstatus, beslutning?: Beslutningstype): Sak {
    const veien = sti(sak.saksstatus, til);
    if (!veien) {
      throw new ApiError(409, 'SANDBOX-409', `Ulovlig statusovergang for sak ${sak.eksternSaksreferanse}: fra ${sak.saksstatus} til ${til}`);
    }
    if (beslutning && !veien.includes('sakBesluttet')) {
      throw new ApiError(400, 'KB-006', `beslutning kan bare angis når saken går til sakBesluttet (fra ${sak.saksstatus} til ${til})`);
    }
    return this.d.db.transaction(() => this.flytt(sak, veien, beslutning ?? this.d.beslutning, this.d.clock.now(sak.orgnr)))();
  }

  /** Sandbox action: the namsmann asks for a correction (modelled: not in a closed case). */
  retting(sak: Sak, melding: string): Hendelse {
    if (LUKKET.has(sak.saksstatus)) {
      throw new ApiError(409, 'SANDBOX-409', `Sak ${sak.eksternSaksreferanse} har status ${sak.saksstatus}; retting kan ikke bes om`);
    }
    return this.d.hendelser.publiser(sak.orgnr, 'rettingForespurt', { melding, saksstatus: sak.saksstatus }, {
      eksternSaksreferanse: sak.eksternSaksreferanse,
    });
  }

  endringsgrunnlag(sak: Sak): Endringsgrunnlag {
    const forrige = this.d.saker.sisteVersjon(sak);
    return {
      sak,
      kontekst: {
        eksternSaksreferanse: sak.eksternSaksreferanse,
        saksstatus: sak.saksstatus,
        harUbehandletInnsending: this.d.saker.harUbehandlet(sak),
        forrige: forrige.begjaering,
      },
      nesteVersjon: forrige.versjon + 1,
    };
  }

  /** Stores the endring as the next version; false when a parallel endring or step got there first. */
  endre(grunnlag: Endringsgrunnlag, begjaering: Begjaering, modell: Modellversjon): boolean {
    return this.d.saker.leggTilVersjon(grunnlag.sak, grunnlag.nesteVersjon, begjaering, modell, this.d.clock.now(grunnlag.sak.orgnr));
  }

  private flytt(sak: Sak, veien: readonly Saksstatus[], beslutning: Beslutningstype, naar: Date): Sak {
    let gjeldende = sak;
    for (const til of veien) {
      const behandlet = this.d.saker.settStatus(gjeldende, til, naar, til === 'sakBesluttet' ? beslutning : undefined);
      if (!behandlet) throw new ApiError(409, 'SANDBOX-409', `Sak ${sak.eksternSaksreferanse} ble endret samtidig; prøv igjen`);
      const forrige = gjeldende.saksstatus;
      gjeldende = this.d.saker.hentMedId(sak.id)!;
      this.publiserStatus(gjeldende, forrige, behandlet, naar);
    }
    this.planlegg(gjeldende, naar);
    return gjeldende;
  }

  private publiserStatus(sak: Sak, forrige: Saksstatus | null, behandledeInnsendinger: number[], naar: Date): void {
    const data: Record<string, unknown> = {
      saksstatus: sak.saksstatus,
      forrigeSaksstatus: forrige,
      alminneligNamsmannsReferanse: sak.namsmannensReferanse,
      // The status answer's earlier name for it, kept for receivers written before the rename.
      namsmannensReferanse: sak.namsmannensReferanse,
      behandledeInnsendinger,
    };
    if (sak.saksstatus === 'sakBesluttet') data.beslutning = { type: sak.beslutning, dato: sak.beslutningsdato };
    this.d.hendelser.publiser(sak.orgnr, 'saksstatusEndret', data, { eksternSaksreferanse: sak.eksternSaksreferanse, tidspunkt: naar });
  }

  /** The next automatic step, `stegMs` after `fra` (possibly already due after a clock jump). */
  private planlegg(sak: Sak, fra: Date): void {
    if (this.d.stegMs > 0 && automatiskNeste(sak.saksstatus)) {
      const forfallMs = fra.getTime() + this.d.stegMs;
      this.d.clock.schedule(sak.orgnr, STEG_JOBB, forfallMs - this.d.clock.now(sak.orgnr).getTime(), { sakId: sak.id, fra: sak.saksstatus, forfallMs });
    }
  }
}
