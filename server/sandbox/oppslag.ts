/**
 * The betjeningskart checkpoints of the conformance report (modelled). Skatteetaten's page (tab Overgangsperioden):
 * the service "skal kalles rett i forkant av innsending av en ny utleggsbegjæring", and "Vi ønsker ikke at dere
 * kaller tjenesten unødig". "Rett i forkant" is modelled as at most VINDU_MINUTTER of sandbox time before.
 *
 * - Each new submission (201) holds its saksøkte against the lookups of the last VINDU_MINUTTER: all looked up
 *   counts for the point, any not looked up is a deviation (`avvik`).
 * - Each identifier a lookup answered `nytt` waits that long for a submission naming it as saksøkt: one that comes
 *   counts for the second point, none is an unnecessary lookup (a deviation, counted when the window has passed).
 *   An identifier answered `gammelt` goes to ELSA, which the sandbox does not see: it is never counted.
 *
 * Runs inside the request log's write (server/sandbox/logg.ts), in the order the answers were sent.
 */
import type { Db } from '../store/database.js';
import type { ApiVersjon } from '../api.js';
import type { Teller } from './samsvar.js';

export const VINDU_MINUTTER = 15;
const VINDU_MS = VINDU_MINUTTER * 60_000;

/** The report's flows these checkpoints count under (art 'flyt' for the right use, 'avvik' for a deviation). */
export const FOER_INNSENDING = 'betjeningskart';
export const IKKE_UNOEDIG = 'betjeningskartUnoedig';

/** What a request tells the report beyond its path and status (set by its route, read by the request log). */
export type Samsvarsdata =
  /** A betjeningskart lookup: the identifiers it answered `nytt` for. */
  | { oppslag: readonly string[] }
  /** A new submission (201): the identifiers of its saksøkte. */
  | { saksoekte: readonly string[] };

/** A count for an organisation's report: `antall` more of `navn` under `versjon`. */
export type Telling = Teller & { orgnr: string };

interface Ventende {
  id: number;
  versjon: ApiVersjon;
  brukt: number;
}

const foer = (tidspunkt: string, ms: number) => new Date(Date.parse(tidspunkt) - ms).toISOString();

export class Oppslagsregister {
  private readonly stmt;
  /** Each organisation's oldest waiting lookup: a sweep before its window has passed has nothing to do. */
  private readonly eldste: Map<string, string>;

  constructor(db: Db) {
    this.stmt = {
      sett: db.prepare('INSERT INTO betjeningskart_oppslag (orgnr, versjon, identifikator, tidspunkt) VALUES (?, ?, ?, ?)'),
      finn: db.prepare('SELECT id, versjon, brukt FROM betjeningskart_oppslag WHERE orgnr = ? AND identifikator = ? AND tidspunkt >= ?'),
      bruk: db.prepare('UPDATE betjeningskart_oppslag SET brukt = 1 WHERE id = ?'),
      ubrukte: db.prepare(`SELECT orgnr, versjon, count(*) AS antall, max(tidspunkt) AS sist FROM betjeningskart_oppslag
        WHERE orgnr = ? AND tidspunkt < ? AND brukt = 0 GROUP BY versjon`),
      fjern: db.prepare('DELETE FROM betjeningskart_oppslag WHERE orgnr = ? AND tidspunkt < ?'),
      eldste: db.prepare('SELECT min(tidspunkt) FROM betjeningskart_oppslag WHERE orgnr = ?').pluck(),
      slett: db.prepare('DELETE FROM betjeningskart_oppslag WHERE orgnr = ?'),
    };
    const eldste = db.prepare('SELECT orgnr, min(tidspunkt) FROM betjeningskart_oppslag GROUP BY orgnr').raw().all() as [string, string][];
    this.eldste = new Map(eldste);
  }

  /** One verified request's lookup or submission, at `tidspunkt`: the counts it settles at once. */
  registrer(orgnr: string, versjon: ApiVersjon, tidspunkt: string, data: Samsvarsdata): Telling[] {
    if ('oppslag' in data) {
      for (const id of new Set(data.oppslag)) this.stmt.sett.run(orgnr, versjon, id, tidspunkt);
      const eldste = this.eldste.get(orgnr);
      if (data.oppslag.length > 0 && (eldste === undefined || tidspunkt < eldste)) this.eldste.set(orgnr, tidspunkt);
      return [];
    }
    if (data.saksoekte.length === 0) return [];
    const fra = foer(tidspunkt, VINDU_MS);
    const out: Telling[] = [];
    let alle = true;
    for (const id of new Set(data.saksoekte)) {
      const funnet = this.stmt.finn.all(orgnr, id, fra) as Ventende[];
      if (funnet.length === 0) alle = false;
      for (const o of funnet.filter((o) => !o.brukt)) {
        this.stmt.bruk.run(o.id);
        out.push({ orgnr, art: 'flyt', navn: IKKE_UNOEDIG, versjon: o.versjon, antall: 1, sist: tidspunkt });
      }
    }
    out.push({ orgnr, art: alle ? 'flyt' : 'avvik', navn: FOER_INNSENDING, versjon, antall: 1, sist: tidspunkt });
    return out;
  }

  /**
   * Settles the organisation's lookups whose window has passed by `naa` (its own sandbox time: another organisation's
   * clock never settles them): each one no submission used is a deviation.
   */
  sveip(orgnr: string, naa: string): Telling[] {
    const grense = foer(naa, VINDU_MS);
    const eldste = this.eldste.get(orgnr);
    if (eldste === undefined || eldste >= grense) return [];
    const ubrukte = this.stmt.ubrukte.all(orgnr, grense) as Omit<Telling, 'art' | 'navn'>[];
    this.stmt.fjern.run(orgnr, grense);
    const igjen = this.stmt.eldste.get(orgnr) as string | null;
    if (igjen === null) this.eldste.delete(orgnr);
    else this.eldste.set(orgnr, igjen);
    return ubrukte.map((u) => ({ ...u, art: 'avvik', navn: IKKE_UNOEDIG }));
  }

  /** Sandbox reset: the organisation's waiting lookups. */
  slett(orgnr: string): void {
    this.stmt.slett.run(orgnr);
    this.eldste.delete(orgnr);
  }
}
