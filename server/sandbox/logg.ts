/**
 * The request log (modelled, SPEC §9): one row per request, with the API version it was made under, bounded per
 * organisation, and the conformance counters (per version) that outlive the bound. The request path only queues an
 * entry; a batch is written in one transaction a few ms later (or at once before any read), where the error body is
 * parsed, the flows are counted and the betjeningskart lookups are held against the submissions (./oppslag.ts).
 */
import type { Db } from '../store/database.js';
import type { ApiVersjon } from '../api.js';
import { orgnrOf, systemuserOrgnr, SYSTEMUSER_TYPE } from '../auth/claims.js';
import { etikettepunkter, flyter, type Teller } from './samsvar.js';
import type { Kallbrudd } from '../etikette.js';
import { Oppslagsregister, type Samsvarsdata, type Telling } from './oppslag.js';
import { ADVARSEL, advarselDel } from '../advarsel.js';

/** What the hooks hand over for one finished request (parsed later, off the request path). */
export interface Raainnslag {
  /** When the answer went: on the caller's clock, or on the base clock when no verified caller is known (`app.clock.now`). */
  tidspunkt: Date;
  metode: string;
  url: string;
  status: number;
  korrelasjonsid: string;
  varighetMs: number;
  /** The API version of the request (null outside the API). */
  versjon: ApiVersjon | null;
  /** The verified caller's organisation, or null. */
  orgnr: string | null;
  /** The error body as sent (status ≥ 400), or a token endpoint's answer. */
  svar?: string;
  svarType?: string;
  /** The bearer token of a refused API request: its (unverified) organisation is the best guess of the caller. */
  bearer?: string;
  advarsel?: string;
  /** What the route told the report (a betjeningskart lookup, a submission's saksøkte). */
  samsvar?: Samsvarsdata;
  /** What an API call did wrong by the call etiquette (server/etikette.ts). */
  kallbrudd?: Kallbrudd;
}

/** A log entry as GET /sandbox/logg answers it (OpenAPI LoggInnslag). */
export interface LoggInnslag {
  tidspunkt: string;
  metode: string;
  sti: string;
  status: number;
  korrelasjonsid: string;
  orgnr: string | null;
  versjon: ApiVersjon | null;
  kontrollutslag: string[];
  varighetMs: number;
  ukjenteFelt?: string[];
  feil?: unknown;
}

export interface LoggFilter {
  status?: number;
  versjon?: ApiVersjon;
  sti?: string;
  kode?: string;
  grense: number;
}

interface Rad {
  orgnr: string | null;
  tidspunkt: string;
  metode: string;
  sti: string;
  status: number;
  korrelasjonsid: string;
  varighet_ms: number;
  versjon: ApiVersjon | null;
  koder: string;
  ukjente_felt: string | null;
  feil: string | null;
  feil_type: string | null;
}

const FLUSH_MS = 5;

/** A JWT's claims, not verified: the middle of three parts, a JSON object (else it throws). */
function claimsOf(jwt: string): Record<string, unknown> {
  const parts = jwt.split('.');
  const claims: unknown = parts.length === 3 ? JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) : undefined;
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) throw new Error('not a JWT');
  return claims as Record<string, unknown>;
}

/** The organisation a token names (system user first, as påloggetOrgnr), without verifying it. */
export function tokenOrgnr(jwt: string): string | undefined {
  try {
    const claims = claimsOf(jwt);
    const details = Array.isArray(claims.authorization_details) ? (claims.authorization_details as Record<string, unknown>[]) : [];
    const systembruker = details.find((d) => d?.type === SYSTEMUSER_TYPE);
    return systemuserOrgnr(systembruker?.systemuser_org) ?? orgnrOf((claims.consumer as Record<string, unknown> | undefined)?.ID);
  } catch {
    return undefined;
  }
}

/** The error code and every kontrollutslag code of an error body (JSON, the API's XML, or OAuth's `error`). */
export function koderI(svar: string, type: string): string[] {
  if (type.includes('xml')) {
    const kode = /<feil[^>]*>(?:(?!<kontrollutslag>).)*?<kode>([^<]*)<\/kode>/s.exec(svar)?.[1];
    const utslag = [...svar.matchAll(/<kontrollutslag><kode>([^<]*)<\/kode>/g)].map((m) => m[1]!);
    return kode ? [kode, ...utslag] : utslag;
  }
  try {
    const body = JSON.parse(svar) as { kode?: unknown; error?: unknown; kontrollutslag?: { kode?: unknown }[] };
    const hoved = typeof body.kode === 'string' ? body.kode : typeof body.error === 'string' ? body.error : undefined;
    const utslag = Array.isArray(body.kontrollutslag) ? body.kontrollutslag.map((k) => k?.kode).filter((k) => typeof k === 'string') : [];
    return hoved ? [hoved, ...(utslag as string[])] : (utslag as string[]);
  } catch {
    return [];
  }
}

function tilInnslag(rad: Rad): LoggInnslag {
  const innslag: LoggInnslag = {
    tidspunkt: rad.tidspunkt,
    metode: rad.metode,
    sti: rad.sti,
    status: rad.status,
    korrelasjonsid: rad.korrelasjonsid,
    orgnr: rad.orgnr,
    versjon: rad.versjon,
    kontrollutslag: JSON.parse(rad.koder) as string[],
    varighetMs: rad.varighet_ms,
  };
  if (rad.ukjente_felt) innslag.ukjenteFelt = JSON.parse(rad.ukjente_felt) as string[];
  if (rad.feil !== null) innslag.feil = rad.feil_type === 'json' ? parseOrText(rad.feil) : rad.feil;
  return innslag;
}

function parseOrText(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export class Forespoerselslogg {
  private koe: Raainnslag[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Entries written per organisation since its last prune (absent: never pruned in this process). */
  private readonly sidenPrune = new Map<string | null, number>();
  private readonly oppslag: Oppslagsregister;
  private readonly stmt;

  constructor(
    private readonly db: Db,
    private readonly maks: number,
    /** A batch written from the timer has no caller to throw to; it is reported here (and dropped). */
    private readonly onError: (err: unknown) => void,
    /** An organisation's sandbox time at a base-clock instant (`app.clock.at`). */
    private readonly tid: (orgnr: string, grunntidMs: number) => Date,
  ) {
    this.stmt = {
      insert: db.prepare(`INSERT INTO forespoersel_logg (orgnr, tidspunkt, metode, sti, status, korrelasjonsid, varighet_ms, versjon,
        koder, ukjente_felt, feil, feil_type) VALUES (@orgnr, @tidspunkt, @metode, @sti, @status, @korrelasjonsid, @varighet_ms,
        @versjon, @koder, @ukjente_felt, @feil, @feil_type)`),
      // Keeps the newest `maks` rows of one organisation (orgnr IS ?: the NULL bucket is bounded too).
      prune: db.prepare(`DELETE FROM forespoersel_logg WHERE orgnr IS @orgnr AND id <=
        (SELECT id FROM forespoersel_logg WHERE orgnr IS @orgnr ORDER BY id DESC LIMIT 1 OFFSET @maks)`),
      // Versjon '' in the table: no version (SQLite keys cannot be NULL).
      tell: db.prepare(`INSERT INTO samsvar_teller (orgnr, art, navn, versjon, antall, sist) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (orgnr, art, navn, versjon) DO UPDATE SET antall = antall + excluded.antall, sist = max(sist, excluded.sist)`),
      les: db.prepare(`SELECT orgnr, tidspunkt, metode, sti, status, korrelasjonsid, varighet_ms, versjon, koder, ukjente_felt, feil,
        feil_type FROM forespoersel_logg WHERE orgnr = @orgnr
          AND (@status IS NULL OR status = @status)
          AND (@versjon IS NULL OR versjon = @versjon)
          AND (@sti IS NULL OR substr(sti, 1, length(@sti)) = @sti)
          AND (@kode IS NULL OR EXISTS (SELECT 1 FROM json_each(koder) WHERE value = @kode))
        ORDER BY id DESC LIMIT @grense`),
      tellere: db.prepare(`SELECT art, navn, nullif(versjon, '') AS versjon, antall, sist FROM samsvar_teller WHERE orgnr = ?`),
      slettLogg: db.prepare('DELETE FROM forespoersel_logg WHERE orgnr = ?'),
      slettTellere: db.prepare('DELETE FROM samsvar_teller WHERE orgnr = ?'),
    };
    this.oppslag = new Oppslagsregister(db);
  }

  /** Queues one finished request; cheap (the write happens in the next batch). */
  registrer(innslag: Raainnslag): void {
    this.koe.push(innslag);
    if (!this.timer) {
      this.timer = setTimeout(() => {
        try {
          this.flush();
        } catch (err) {
          this.onError(err);
        }
      }, FLUSH_MS);
      this.timer.unref();
    }
  }

  /**
   * Writes every queued entry in one transaction, counts flows and codes, settles the betjeningskart lookups whose
   * window has passed — each organisation's on its own time: its last entry's, or `sveip.naa` for `sveip.orgnr` —
   * and prunes each organisation touched.
   */
  flush(sveip?: { orgnr: string; naa: string }): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    // After the store closed (a request finishing during shutdown), the entry is dropped rather than thrown.
    if (!this.db.open) return;
    const batch = this.koe;
    if (batch.length === 0 && sveip === undefined) return; // nothing queued, no time asked for
    this.koe = [];
    this.db.transaction(() => {
      const tellinger = new Map<string, Telling>();
      // Positional arguments, no object per count: a batch counts two or three for each request.
      const tell = (orgnr: string, art: Teller['art'], navn: string, versjon: ApiVersjon | null, sist: string, antall = 1) => {
        const key = `${orgnr}\u0000${art}\u0000${navn}\u0000${versjon ?? ''}`;
        const t = tellinger.get(key);
        if (t) {
          t.antall += antall;
          if (sist > t.sist) t.sist = sist;
        } else tellinger.set(key, { orgnr, art, navn, versjon, antall, sist });
      };
      const tellAlle = (ts: Telling[]) => ts.forEach((t) => tell(t.orgnr, t.art, t.navn, t.versjon, t.sist, t.antall));
      const beroert = new Map<string | null, number>();
      const sist = new Map<string, string>();
      for (const r of batch) {
        const rad = this.tilRad(r);
        this.stmt.insert.run(rad);
        beroert.set(rad.orgnr, (beroert.get(rad.orgnr) ?? 0) + 1);
        if (rad.orgnr === null) continue;
        const { orgnr, versjon, tidspunkt } = rad;
        sist.set(orgnr, tidspunkt);
        for (const flyt of flyter({ metode: rad.metode, sti: rad.sti, status: rad.status, verifisert: r.orgnr !== null })) {
          tell(orgnr, 'flyt', flyt, versjon, tidspunkt);
        }
        if (r.orgnr !== null && versjon !== null) {
          // What the route told (a lookup, a submission's saksøkte) counts for a verified caller's success only.
          if (r.samsvar && rad.status < 400) tellAlle(this.oppslag.registrer(orgnr, versjon, tidspunkt, r.samsvar));
          for (const [punkt, brutt] of etikettepunkter(r.kallbrudd)) tell(orgnr, brutt ? 'avvik' : 'flyt', punkt, versjon, tidspunkt);
        }
        if (rad.status >= 400) for (const kode of new Set(JSON.parse(rad.koder) as string[])) tell(orgnr, 'kode', kode, versjon, tidspunkt);
      }
      if (sveip) sist.set(sveip.orgnr, sveip.naa);
      for (const [orgnr, naa] of sist) tellAlle(this.oppslag.sveip(orgnr, naa));
      for (const t of tellinger.values()) this.stmt.tell.run(t.orgnr, t.art, t.navn, t.versjon ?? '', t.antall, t.sist);
      for (const [orgnr, antall] of beroert) this.prune(orgnr, antall);
    })();
  }

  /**
   * Prunes an organisation to its newest `maks` once a tenth of `maks` has been written since the last prune: the
   * DELETE scans `maks` index entries, too much for every batch. Reads never show more than `maks` entries.
   */
  private prune(orgnr: string | null, skrevet: number): void {
    const slack = Math.max(1, Math.floor(this.maks / 10));
    const siden = (this.sidenPrune.get(orgnr) ?? slack) + skrevet;
    if (siden < slack) {
      this.sidenPrune.set(orgnr, siden);
      return;
    }
    this.stmt.prune.run({ orgnr, maks: this.maks });
    this.sidenPrune.set(orgnr, 0);
  }

  /** The organisation's entries, newest first. */
  les(orgnr: string, filter: LoggFilter): LoggInnslag[] {
    this.flush();
    const rader = this.stmt.les.all({
      orgnr,
      status: filter.status ?? null,
      versjon: filter.versjon ?? null,
      sti: filter.sti ?? null,
      kode: filter.kode ?? null,
      grense: Math.min(filter.grense, this.maks),
    });
    return (rader as Rad[]).map(tilInnslag);
  }

  /** The organisation's conformance counters at `naa` (sandbox time: the lookups whose window has passed are settled). */
  tellere(orgnr: string, naa: Date): Teller[] {
    this.flush({ orgnr, naa: naa.toISOString() });
    return this.stmt.tellere.all(orgnr) as Teller[];
  }

  /** Sandbox reset: the organisation's log, counters and waiting lookups; returns how many log entries went. */
  slett(orgnr: string): number {
    this.flush();
    this.sidenPrune.set(orgnr, 0);
    this.stmt.slettTellere.run(orgnr);
    this.oppslag.slett(orgnr);
    return this.stmt.slettLogg.run(orgnr).changes;
  }

  private tilRad(r: Raainnslag): Rad {
    const sti = r.url.split('?')[0]!;
    const orgnr = r.orgnr ?? (r.bearer ? tokenOrgnr(r.bearer) : undefined) ?? (r.svar && r.status < 400 ? this.utstedtTil(r.svar) : undefined) ?? null;
    const feil = r.status >= 400 ? r.svar : undefined;
    const type = r.svarType ?? '';
    const ukjente = r.advarsel === undefined ? undefined : advarselDel(r.advarsel, ADVARSEL.ukjenteFelt);
    // A caller told only by a token in the request or answer: its entry moves onto that organisation's time.
    const tidspunkt = r.orgnr === null && orgnr !== null ? this.tid(orgnr, r.tidspunkt.getTime()) : r.tidspunkt;
    return {
      orgnr,
      tidspunkt: tidspunkt.toISOString(),
      metode: r.metode,
      sti,
      status: r.status,
      korrelasjonsid: r.korrelasjonsid,
      varighet_ms: r.varighetMs,
      versjon: r.versjon,
      koder: JSON.stringify(feil ? koderI(feil, type) : []),
      ukjente_felt: ukjente ? JSON.stringify(ukjente) : null,
      feil: feil ?? null,
      feil_type: feil === undefined ? null : type.includes('json') ? 'json' : type.includes('xml') ? 'xml' : 'text',
    };
  }

  /** The organisation a token endpoint's answer was issued to. */
  private utstedtTil(svar: string): string | undefined {
    const token = (parseOrText(svar) as { access_token?: unknown } | undefined)?.access_token;
    return typeof token === 'string' ? tokenOrgnr(token) : undefined;
  }
}
