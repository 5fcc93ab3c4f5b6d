/**
 * A vendor's client over a real port (fetch), for the suites that run the server as a process: upload the
 * attachments of a begjæring and wait for them, submit, change, read back. Connection failures are thrown as they
 * come (a killed server), so a caller can tell "no answer" from an answer.
 */
import { createHash } from 'node:crypto';
import type { Begjaering } from '../../rules/lib/model.js';
import { vedleggRefs } from '../../rules/lib/vedlegg-refs.js';
import { modellAv } from '../../rules/lib/modell.js';
import { API } from '../helpers.js';
import { multipartBody, STANDARD_FIL, type Fil } from '../vedlegg-fixture.js';
import { sleep } from './kit.js';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON test data

export interface Svar {
  status: number;
  body: Json;
  text: string;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export class Klient {
  /** Requests sent by every client of this process (the suites print it). */
  static antall = 0;

  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  async send(method: string, path: string, body?: unknown): Promise<Svar> {
    Klient.antall++;
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Json = {};
    try {
      parsed = text ? (JSON.parse(text) as Json) : {};
    } catch {
      // not JSON (e.g. a PDF); the text is there
    }
    return { status: res.status, body: parsed, text };
  }

  get(path: string): Promise<Svar> {
    return this.send('GET', path);
  }

  sendInn(begjaering: unknown): Promise<Svar> {
    return this.send('POST', `${API}/utleggsbegjaering`, begjaering);
  }

  endre(ref: string, begjaering: unknown): Promise<Svar> {
    return this.send('PUT', `${API}/utleggsbegjaering/${ref}`, begjaering);
  }

  async lastOpp(felt: Record<string, string>, fil: Fil = STANDARD_FIL): Promise<Svar> {
    Klient.antall++;
    const { payload, headers } = multipartBody(felt, fil);
    const res = await fetch(`${this.url}${API}/vedlegg`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, ...headers },
      body: new Uint8Array(payload),
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as Json, text };
  }

  /** The HTTP twin of lastOppVedleggFor: uploads every attachment the begjæring references, waits until konvertert. */
  async medVedlegg<T extends object>(begjaering: T, onUpload?: (uuid: string, sha: string) => void): Promise<T> {
    const copy = structuredClone(begjaering);
    const refs = vedleggRefs(copy as Begjaering, modellAv(copy));
    const innsenderReferanse = (copy as Begjaering).innsenderReferanse ?? '';
    const uploaded = new Map<string, string>();
    const key = (v: { uuid?: string; type?: string }) => `${v.uuid}\u0000${v.type}`;
    for (const { vedlegg } of refs) {
      if (!vedlegg.uuid || uploaded.has(key(vedlegg))) continue;
      const res = await this.lastOpp({ type: vedlegg.type ?? 'annet', innsenderReferanse, filnavn: vedlegg.filnavn || 'vedlegg.pdf' });
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${res.text}`);
      onUpload?.(res.body.uuid as string, res.body.sha256 as string);
      uploaded.set(key(vedlegg), res.body.uuid as string);
    }
    for (const uuid of new Set(uploaded.values())) await this.ventKonvertert(uuid);
    for (const { vedlegg } of refs) if (vedlegg.uuid) vedlegg.uuid = uploaded.get(key(vedlegg))!;
    return copy;
  }

  async ventKonvertert(uuid: string, timeoutMs = 20_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const status = (await this.get(`${API}/vedlegg/${uuid}`)).body.status as string | undefined;
      if (status === 'konvertert') return;
      if (status !== 'mottatt' && status !== 'virussjekket' && status !== 'validert') throw new Error(`attachment ${uuid}: ${status}`);
      if (performance.now() > deadline) throw new Error(`attachment ${uuid} still ${status}`);
      await sleep(20);
    }
  }

  /** Every event of the organisation, paging through the feed. */
  async alleHendelser(): Promise<Json[]> {
    const all: Json[] = [];
    for (let fra = 1; ; ) {
      const { status, body } = await this.get(`${API}/hendelser?fraSekvensnummer=${fra}&maksAntall=1000`);
      if (status !== 200) throw new Error(`hendelser: ${status}`);
      const page = body.hendelser as Json[];
      all.push(...page);
      if (page.length < 1000) return all;
      fra = body.nesteSekvensnummer as number;
    }
  }
}

/** The n-th day back from 2024-02-02, as begjaeringsdato: many distinct submissions of one prepared begjæring. */
export function dato(n: number): string {
  return new Date(Date.UTC(2024, 1, 2) - n * 86_400_000).toISOString().slice(0, 10);
}

/** Runs `work` over `items` with at most `parallel` at a time. */
export async function iParallell<T>(items: T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}
