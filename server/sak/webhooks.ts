/**
 * Webhooks (modelled): every event of the organisation is POSTed to each registered URL at least once. The
 * outbox row is written in the event's own transaction, so nothing acknowledged is lost on a crash; a
 * background loop on real time delivers due rows and retries failures with exponential back-off.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../store/database.js';
import type { Hendelse, Hendelseslogg } from './hendelser.js';

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
  timeoutMs: number;
  /** Deliveries in flight at once. */
  parallelle: number;
}

export const STANDARD_WEBHOOK_OPTIONS: WebhookOptions = { maksForsoek: 10, grunnVentetidMs: 500, timeoutMs: 5000, parallelle: 8 };

export class UgyldigWebhook extends Error {}

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
  url: string;
  hemmelighet: string;
}

const MAKS_PER_ORGANISASJON = 20;

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

export class Webhooks {
  private readonly stmt;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private readonly aborter = new AbortController();

  constructor(
    db: Db,
    private readonly hendelser: Hendelseslogg,
    private readonly onError: (err: unknown) => void,
    private readonly options: WebhookOptions = STANDARD_WEBHOOK_OPTIONS,
  ) {
    this.stmt = {
      insert: db.prepare('INSERT INTO webhook (id, orgnr, url, hendelsestyper, hemmelighet, opprettet) VALUES (?, ?, ?, ?, ?, ?)'),
      count: db.prepare('SELECT count(*) FROM webhook WHERE orgnr = ?').pluck(),
      list: db.prepare('SELECT id, url, hendelsestyper, hemmelighet, opprettet FROM webhook WHERE orgnr = ? ORDER BY opprettet, id'),
      deleteOne: db.prepare('DELETE FROM webhook WHERE orgnr = ? AND id = ?'),
      deleteAll: db.prepare('DELETE FROM webhook WHERE orgnr = ?'),
      enqueue: db.prepare('INSERT OR IGNORE INTO webhook_levering (webhook_id, orgnr, sekvensnummer, neste_forsoek_ms) VALUES (?, ?, ?, ?)'),
      due: db.prepare(`SELECT l.id, l.orgnr, l.sekvensnummer, l.forsoek, w.url, w.hemmelighet FROM webhook_levering l
        JOIN webhook w ON w.id = l.webhook_id WHERE l.status = 'venter' AND l.neste_forsoek_ms <= ? ORDER BY l.neste_forsoek_ms, l.id LIMIT ?`),
      nextDue: db.prepare("SELECT min(neste_forsoek_ms) FROM webhook_levering WHERE status = 'venter'").pluck(),
      delivered: db.prepare("UPDATE webhook_levering SET status = 'levert', forsoek = forsoek + 1, siste_feil = NULL WHERE id = ?"),
      failed: db.prepare('UPDATE webhook_levering SET status = ?, forsoek = ?, neste_forsoek_ms = ?, siste_feil = ? WHERE id = ?'),
    };
    hendelser.onPublisert((orgnr, hendelse) => this.enqueue(orgnr, hendelse));
  }

  /** Registers a webhook; the secret (given or generated) is returned only here. */
  registrer(orgnr: string, url: string, now: Date, opts: { hemmelighet?: string; hendelsestyper?: string[] } = {}): Webhook & { hemmelighet: string } {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UgyldigWebhook(`url ${JSON.stringify(url)} er ikke en gyldig URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UgyldigWebhook('url må bruke http eller https');
    if (parsed.username || parsed.password) throw new UgyldigWebhook('url kan ikke inneholde brukernavn eller passord');
    if ((this.stmt.count.get(orgnr) as number) >= MAKS_PER_ORGANISASJON) {
      throw new UgyldigWebhook(`En organisasjon kan ha høyst ${MAKS_PER_ORGANISASJON} webhooks`);
    }
    const row: WebhookRow = {
      id: randomUUID(),
      url: parsed.href,
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

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.aborter.abort();
    while (this.running) await this.running;
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
    // Most organisations have no webhook: their events cost no delivery round (~30 µs each).
    if (queued) this.wake(0);
  }

  /** Schedules the next delivery round (a timer, so it never runs inside the caller's transaction). */
  private wake(afterMs: number): void {
    if (this.stopped || this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.round()
        .catch((err: unknown) => this.onError(err))
        .finally(() => {
          this.running = undefined;
          this.wakeForNextDue();
        });
    }, afterMs);
    this.timer.unref();
  }

  private wakeForNextDue(): void {
    const next = this.stmt.nextDue.get() as number | null;
    if (next !== null) this.wake(Math.max(0, next - Date.now()));
  }

  private async round(): Promise<void> {
    for (;;) {
      const due = this.stmt.due.all(Date.now(), this.options.parallelle) as LeveringRow[];
      if (due.length === 0 || this.stopped) return;
      await Promise.all(due.map((row) => this.deliver(row)));
    }
  }

  private async deliver(row: LeveringRow): Promise<void> {
    const hendelse = this.hendelser.hentEn(row.orgnr, row.sekvensnummer);
    const feil = hendelse ? await this.post(row, hendelse) : undefined;
    if (this.stopped && feil !== undefined) return; // shutting down: the row stays due for the next start
    if (feil === undefined) {
      this.stmt.delivered.run(row.id);
      return;
    }
    const forsoek = row.forsoek + 1;
    const oppgitt = forsoek >= this.options.maksForsoek;
    const neste = Date.now() + this.options.grunnVentetidMs * 2 ** (forsoek - 1);
    this.stmt.failed.run(oppgitt ? 'oppgitt' : 'venter', forsoek, neste, feil.slice(0, 500), row.id);
  }

  /** POSTs the event; undefined on a 2xx, otherwise what went wrong. */
  private async post(row: LeveringRow, hendelse: Hendelse): Promise<string | undefined> {
    const body = JSON.stringify(hendelse);
    try {
      const res = await fetch(row.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-sandbox-signatur': signatur(row.hemmelighet, body),
          'x-sandbox-hendelse-id': hendelse.hendelseId,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.aborter.signal]),
      });
      await res.body?.cancel();
      return res.ok ? undefined : `HTTP ${res.status}`;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }
}
