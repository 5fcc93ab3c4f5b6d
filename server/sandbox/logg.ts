/**
 * The request log (modelled, SPEC §9): one row per request, bounded per organisation, and the conformance counters
 * that outlive the bound. The request path only queues an entry; a batch is written in one transaction a few ms
 * later (or at once before any read), where the error body is parsed and the flows are counted.
 */
import type { Db } from '../store/database.js';
import { orgnrOf, systemuserOrgnr, SYSTEMUSER_TYPE } from '../auth/claims.js';
import { flyter, type Teller } from './samsvar.js';
import { ADVARSEL_PREFIKS, ADVARSEL_UTELATT } from '../begjaering/svar.js';

/** What the hooks hand over for one finished request (parsed later, off the request path). */
export interface Raainnslag {
  tidspunkt: string;
  metode: string;
  url: string;
  status: number;
  korrelasjonsid: string;
  varighetMs: number;
  /** The verified caller's organisation, or null. */
  orgnr: string | null;
  /** The error body as sent (status ≥ 400), or a token endpoint's answer. */
  svar?: string;
  svarType?: string;
  /** The bearer token of a refused API request: its (unverified) organisation is the best guess of the caller. */
  bearer?: string;
  advarsel?: string;
}

/** A log entry as GET /sandbox/logg answers it (OpenAPI LoggInnslag). */
export interface LoggInnslag {
  tidspunkt: string;
  metode: string;
  sti: string;
  status: number;
  korrelasjonsid: string;
  orgnr: string | null;
  kontrollutslag: string[];
  varighetMs: number;
  ukjenteFelt?: string[];
  feil?: unknown;
}

export interface LoggFilter {
  status?: number;
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

function ukjenteFelt(advarsel: string | undefined): string[] | undefined {
  if (!advarsel?.startsWith(ADVARSEL_PREFIKS)) return undefined;
  const felt = advarsel.slice(ADVARSEL_PREFIKS.length).split(', ').filter((f) => !f.startsWith(ADVARSEL_UTELATT));
  return felt.map((f) => {
    try {
      return decodeURI(f);
    } catch {
      return f;
    }
  });
}

function tilInnslag(rad: Rad): LoggInnslag {
  const innslag: LoggInnslag = {
    tidspunkt: rad.tidspunkt,
    metode: rad.metode,
    sti: rad.sti,
    status: rad.status,
    korrelasjonsid: rad.korrelasjonsid,
    orgnr: rad.orgnr,
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
  private readonly stmt;

  constructor(
    private readonly db: Db,
    private readonly maks: number,
    /** A batch written from the timer has no caller to throw to; it is reported here (and dropped). */
    private readonly onError: (err: unknown) => void,
  ) {
    this.stmt = {
      insert: db.prepare(`INSERT INTO forespoersel_logg (orgnr, tidspunkt, metode, sti, status, korrelasjonsid, varighet_ms, koder,
        ukjente_felt, feil, feil_type) VALUES (@orgnr, @tidspunkt, @metode, @sti, @status, @korrelasjonsid, @varighet_ms, @koder,
        @ukjente_felt, @feil, @feil_type)`),
      // Keeps the newest `maks` rows of one organisation (orgnr IS ?: the NULL bucket is bounded too).
      prune: db.prepare(`DELETE FROM forespoersel_logg WHERE orgnr IS @orgnr AND id <=
        (SELECT id FROM forespoersel_logg WHERE orgnr IS @orgnr ORDER BY id DESC LIMIT 1 OFFSET @maks)`),
      tell: db.prepare(`INSERT INTO samsvar_teller (orgnr, art, navn, antall, sist) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (orgnr, art, navn) DO UPDATE SET antall = antall + excluded.antall, sist = max(sist, excluded.sist)`),
      les: db.prepare(`SELECT orgnr, tidspunkt, metode, sti, status, korrelasjonsid, varighet_ms, koder, ukjente_felt, feil, feil_type
        FROM forespoersel_logg WHERE orgnr = @orgnr
          AND (@status IS NULL OR status = @status)
          AND (@sti IS NULL OR substr(sti, 1, length(@sti)) = @sti)
          AND (@kode IS NULL OR EXISTS (SELECT 1 FROM json_each(koder) WHERE value = @kode))
        ORDER BY id DESC LIMIT @grense`),
      tellere: db.prepare('SELECT art, navn, antall, sist FROM samsvar_teller WHERE orgnr = ?'),
      slettLogg: db.prepare('DELETE FROM forespoersel_logg WHERE orgnr = ?'),
      slettTellere: db.prepare('DELETE FROM samsvar_teller WHERE orgnr = ?'),
    };
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

  /** Writes every queued entry in one transaction, counts flows and codes, and prunes each organisation touched. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    // After the store closed (a request finishing during shutdown), the entry is dropped rather than thrown.
    if (this.koe.length === 0 || !this.db.open) return;
    const batch = this.koe;
    this.koe = [];
    this.db.transaction(() => {
      const tellinger = new Map<string, Teller & { orgnr: string }>();
      const tell = (orgnr: string, art: Teller['art'], navn: string, sist: string) => {
        const key = `${orgnr}\u0000${art}\u0000${navn}`;
        const t = tellinger.get(key);
        if (t) {
          t.antall++;
          if (sist > t.sist) t.sist = sist;
        } else tellinger.set(key, { orgnr, art, navn, antall: 1, sist });
      };
      const beroert = new Map<string | null, number>();
      for (const r of batch) {
        const rad = this.tilRad(r);
        this.stmt.insert.run(rad);
        beroert.set(rad.orgnr, (beroert.get(rad.orgnr) ?? 0) + 1);
        if (rad.orgnr === null) continue;
        for (const flyt of flyter({ metode: rad.metode, sti: rad.sti, status: rad.status, verifisert: r.orgnr !== null })) {
          tell(rad.orgnr, 'flyt', flyt, rad.tidspunkt);
        }
        if (rad.status >= 400) for (const kode of new Set(JSON.parse(rad.koder) as string[])) tell(rad.orgnr, 'kode', kode, rad.tidspunkt);
      }
      for (const t of tellinger.values()) this.stmt.tell.run(t.orgnr, t.art, t.navn, t.antall, t.sist);
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
    const rader = this.stmt.les.all({ orgnr, status: filter.status ?? null, sti: filter.sti ?? null, kode: filter.kode ?? null, grense: Math.min(filter.grense, this.maks) });
    return (rader as Rad[]).map(tilInnslag);
  }

  /** The organisation's conformance counters. */
  tellere(orgnr: string): Teller[] {
    this.flush();
    return this.stmt.tellere.all(orgnr) as Teller[];
  }

  /** Sandbox reset: the organisation's log and counters; returns how many log entries went. */
  slett(orgnr: string): number {
    this.flush();
    this.sidenPrune.set(orgnr, 0);
    this.stmt.slettTellere.run(orgnr);
    return this.stmt.slettLogg.run(orgnr).changes;
  }

  private tilRad(r: Raainnslag): Rad {
    const sti = r.url.split('?')[0]!;
    const orgnr = r.orgnr ?? (r.bearer ? tokenOrgnr(r.bearer) : undefined) ?? (r.svar && r.status < 400 ? this.utstedtTil(r.svar) : undefined) ?? null;
    const feil = r.status >= 400 ? r.svar : undefined;
    const type = r.svarType ?? '';
    const ukjente = ukjenteFelt(r.advarsel);
    return {
      orgnr,
      tidspunkt: r.tidspunkt,
      metode: r.metode,
      sti,
      status: r.status,
      korrelasjonsid: r.korrelasjonsid,
      varighet_ms: r.varighetMs,
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
