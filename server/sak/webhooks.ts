/**
 * Webhooks (modelled): every event of the organisation is POSTed to each registered URL at least once. The
 * outbox row is written in the event's own transaction, so nothing acknowledged is lost on a crash; a
 * dispatcher on real time delivers due rows and retries failures with exponential back-off.
 *
 * Fair between organisations: each has its own queue (its outbox rows) and its own number of deliveries in flight,
 * and each delivery has a deadline, so a slow or silent receiver holds back only its own organisation. Where a
 * delivery may go is the policy's (`webhook-policy.ts`), asked again before every attempt.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../store/database.js';
import { tilfeldigeIder, type Ider } from '../store/ider.js';
import type { Hendelse, Hendelseslogg } from './hendelser.js';
import { post } from './webhook-post.js';
import { UgyldigWebhook, type WebhookPolicy } from './webhook-policy.js';

export interface Webhook {
  id: string;
  url: string;
  hendelsestyper?: string[];
  opprettet: string;
}

export interface WebhookOptions {
  /** Attempts before a delivery is given up (status `oppgitt`). */
  maksForsoek: number;
  /** Back-off after the first failure; doubles with each further failure. */
  grunnVentetidMs: number;
  /** Deadline of one attempt: DNS, connection and the receiver's status line (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Deliveries in flight at once, per organisation (WEBHOOK_CONCURRENCY). */
  parallelle: number;
  /** Where webhook ids come from (`app.ider`: seeded in deterministic mode). */
  ider: Ider;
}

export const STANDARD_WEBHOOK_OPTIONS: WebhookOptions = { maksForsoek: 10, grunnVentetidMs: 500, timeoutMs: 5000, parallelle: 2, ider: tilfeldigeIder };

interface WebhookRow {
  id: string;
  url: string;
  hendelsestyper: string | null;
  hemmelighet: string;
  opprettet: string;
}

interface LeveringRow {
  id: number;
  orgnr: string;
  sekvensnummer: number;
  forsoek: number;
  neste: number;
  url: string;
  hemmelighet: string;
}

const MAKS_PER_ORGANISASJON = 20;
/** A row in flight is not due again until its attempt must have ended (it then is, should the process die). */
const LEIE_MARGIN_MS = 1000;

/** `sha256=<hex>`: HMAC-SHA256 of the raw body with the webhook's secret. */
export function signatur(hemmelighet: string, body: string): string {
  return `sha256=${createHmac('sha256', hemmelighet).update(body).digest('hex')}`;
}

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    ...(row.hendelsestyper !== null && { hendelsestyper: JSON.parse(row.hendelsestyper) as string[] }),
    opprettet: row.opprettet,
  };
}

const feilmelding = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class Webhooks {
  private readonly stmt;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private readonly aborter = new AbortController();
  /** Deliveries in flight, per organisation. */
  private readonly aktive = new Map<string, number>();
  private readonly iGang = new Set<Promise<void>>();

  constructor(
    db: Db,
    private readonly hendelser: Hendelseslogg,
    private readonly policy: WebhookPolicy,
    private readonly onError: (err: unknown) => void,
    private readonly options: WebhookOptions = STANDARD_WEBHOOK_OPTIONS,
  ) {
    const venter = "l.status = 'venter'";
    this.stmt = {
      insert: db.prepare('INSERT INTO webhook (id, orgnr, url, hendelsestyper, hemmelighet, opprettet) VALUES (?, ?, ?, ?, ?, ?)'),
      count: db.prepare('SELECT count(*) FROM webhook WHERE orgnr = ?').pluck(),
      list: db.prepare('SELECT id, url, hendelsestyper, hemmelighet, opprettet FROM webhook WHERE orgnr = ? ORDER BY opprettet, id'),
      deleteOne: db.prepare('DELETE FROM webhook WHERE orgnr = ? AND id = ?'),
      deleteAll: db.prepare('DELETE FROM webhook WHERE orgnr = ?'),
      enqueue: db.prepare('INSERT OR IGNORE INTO webhook_levering (webhook_id, orgnr, sekvensnummer, neste_forsoek_ms) VALUES (?, ?, ?, ?)'),
      dueOrgs: db.prepare(`SELECT DISTINCT orgnr FROM webhook_levering l WHERE ${venter} AND neste_forsoek_ms <= ?`).pluck(),
      due: db.prepare(`SELECT l.id, l.orgnr, l.sekvensnummer, l.forsoek, l.neste_forsoek_ms AS neste, w.url, w.hemmelighet
        FROM webhook_levering l JOIN webhook w ON w.id = l.webhook_id
        WHERE l.orgnr = ? AND ${venter} AND l.neste_forsoek_ms <= ? ORDER BY l.neste_forsoek_ms, l.id LIMIT ?`),
      // The next row due of an organisation with a free slot (a full one is dispatched again when a delivery ends).
      nextDue: db.prepare(`SELECT min(neste_forsoek_ms) FROM webhook_levering l WHERE ${venter}
        AND orgnr NOT IN (SELECT value FROM json_each(?))`).pluck(),
      setDue: db.prepare('UPDATE webhook_levering SET neste_forsoek_ms = ? WHERE id = ?'),
      delivered: db.prepare("UPDATE webhook_levering SET status = 'levert', forsoek = forsoek + 1, siste_feil = NULL WHERE id = ?"),
      failed: db.prepare('UPDATE webhook_levering SET status = ?, forsoek = ?, neste_forsoek_ms = ?, siste_feil = ? WHERE id = ?'),
    };
    hendelser.onPublisert((orgnr, hendelse) => this.enqueue(orgnr, hendelse));
  }

  /** Registers a webhook once the policy accepts where it leads; the secret (given or generated) is returned only here. */
  async registrer(
    orgnr: string,
    url: string,
    now: Date,
    opts: { hemmelighet?: string; hendelsestyper?: string[] } = {},
  ): Promise<Webhook & { hemmelighet: string }> {
    const godkjent = await this.policy.godkjenn(url, AbortSignal.timeout(this.options.timeoutMs));
    // Counted after the lookup, next to the insert: registrations awaiting DNS together cannot pass the limit.
    if ((this.stmt.count.get(orgnr) as number) >= MAKS_PER_ORGANISASJON) {
      throw new UgyldigWebhook(`En organisasjon kan ha høyst ${MAKS_PER_ORGANISASJON} webhooks`);
    }
    const row: WebhookRow = {
      id: this.options.ider.uuid('webhook'),
      url: godkjent.href,
      hendelsestyper: opts.hendelsestyper ? JSON.stringify(opts.hendelsestyper) : null,
      hemmelighet: opts.hemmelighet ?? randomBytes(24).toString('base64url'),
      opprettet: now.toISOString(),
    };
    this.stmt.insert.run(row.id, orgnr, row.url, row.hendelsestyper, row.hemmelighet, row.opprettet);
    return { ...toWebhook(row), hemmelighet: row.hemmelighet };
  }

  liste(orgnr: string): Webhook[] {
    return (this.stmt.list.all(orgnr) as WebhookRow[]).map(toWebhook);
  }

  /** Deletes one webhook (false when it does not exist) or, without `id`, all of the organisation's. */
  slett(orgnr: string, id?: string): boolean {
    if (id === undefined) {
      this.stmt.deleteAll.run(orgnr);
      return true;
    }
    return this.stmt.deleteOne.run(orgnr, id).changes > 0;
  }

  start(): void {
    this.stopped = false;
    this.wake(0);
  }

  /** Stops dispatching, aborts the attempts in flight (their rows stay due for the next start) and waits for them. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.aborter.abort();
    await Promise.all(this.iGang);
  }

  /** Inside the event's transaction: one outbox row per matching webhook; delivery starts after the commit. */
  private enqueue(orgnr: string, hendelse: Hendelse): void {
    const now = Date.now();
    let queued = false;
    for (const webhook of this.stmt.list.all(orgnr) as WebhookRow[]) {
      const typer = webhook.hendelsestyper === null ? undefined : (JSON.parse(webhook.hendelsestyper) as string[]);
      if (typer && !typer.includes(hendelse.type)) continue;
      this.stmt.enqueue.run(webhook.id, orgnr, hendelse.sekvensnummer, now);
      queued = true;
    }
    // Most organisations have no webhook: their events cost no dispatch (~30 µs each).
    if (queued) this.wake(0);
  }

  /** Schedules a dispatch (a timer, so it never runs inside the caller's transaction). */
  private wake(afterMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dispatch();
    }, afterMs);
    this.timer.unref();
  }

  /** Starts every due row each organisation has room for, then sleeps until the next one falls due. */
  private dispatch(): void {
    if (this.stopped) return;
    try {
      const now = Date.now();
      for (const orgnr of this.stmt.dueOrgs.all(now) as string[]) this.fyll(orgnr, now);
      const fulle = [...this.aktive].filter(([, n]) => n >= this.options.parallelle).map(([orgnr]) => orgnr);
      const next = this.stmt.nextDue.get(JSON.stringify(fulle)) as number | null;
      if (next !== null) this.wake(Math.max(0, next - Date.now()));
    } catch (err) {
      this.onError(err);
    }
  }

  /** Starts the organisation's due rows up to its free slots. */
  private fyll(orgnr: string, now: number): void {
    const ledige = this.options.parallelle - (this.aktive.get(orgnr) ?? 0);
    if (ledige <= 0) return;
    for (const row of this.stmt.due.all(orgnr, now, ledige) as LeveringRow[]) {
      this.stmt.setDue.run(now + this.options.timeoutMs + LEIE_MARGIN_MS, row.id);
      this.aktive.set(orgnr, (this.aktive.get(orgnr) ?? 0) + 1);
      const levering: Promise<void> = this.deliver(row)
        .catch((err: unknown) => this.onError(err))
        .finally(() => {
          this.iGang.delete(levering);
          const igjen = this.aktive.get(orgnr)! - 1;
          if (igjen) this.aktive.set(orgnr, igjen);
          else this.aktive.delete(orgnr);
          this.wake(0);
        });
      this.iGang.add(levering);
    }
  }

  private async deliver(row: LeveringRow): Promise<void> {
    const hendelse = this.hendelser.hentEn(row.orgnr, row.sekvensnummer);
    const feil = hendelse ? await this.send(row, hendelse) : undefined;
    if (this.stopped && feil !== undefined) {
      this.stmt.setDue.run(row.neste, row.id); // shutting down: due again at the next start
      return;
    }
    if (feil === undefined) {
      this.stmt.delivered.run(row.id);
      return;
    }
    const forsoek = row.forsoek + 1;
    const oppgitt = forsoek >= this.options.maksForsoek;
    const neste = Date.now() + this.options.grunnVentetidMs * 2 ** (forsoek - 1);
    this.stmt.failed.run(oppgitt ? 'oppgitt' : 'venter', forsoek, neste, feil.slice(0, 500), row.id);
  }

  /** Checks where the URL leads now and POSTs the event there; undefined on a 2xx, otherwise what went wrong. */
  private async send(row: LeveringRow, hendelse: Hendelse): Promise<string | undefined> {
    const body = JSON.stringify(hendelse);
    const frist = AbortSignal.timeout(this.options.timeoutMs);
    const signal = AbortSignal.any([frist, this.aborter.signal]);
    try {
      const url = new URL(row.url);
      const adresser = await this.policy.adresser(url, signal);
      const headers = {
        'content-type': 'application/json',
        'x-sandbox-signatur': signatur(row.hemmelighet, body),
        'x-sandbox-hendelse-id': hendelse.hendelseId,
      };
      const status = await post(url, adresser, body, headers, signal);
      return status >= 200 && status < 300 ? undefined : `HTTP ${status}`;
    } catch (err) {
      return frist.aborted ? `ingen svar innen ${this.options.timeoutMs} ms` : feilmelding(err);
    }
  }
}
