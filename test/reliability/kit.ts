/**
 * Shared machinery of the reliability suites: a seeded PRNG, the error-body invariant, the compiled server this test
 * build belongs to, and small HTTP helpers for a real port.
 */
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../server-process.js';
import { FEILKODER } from '../../server/errors.js';

/** mulberry32: small, fast, deterministic; good enough to pick mutations reproducibly. */
export class Prng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let z = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A seed from the environment variable `name` (to replay a run), else a fresh one. */
export function seedFrom(name: string): number {
  const raw = process.env[name];
  return raw ? Number(raw) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
}

/** The statuses the API documents (SPEC §1, §2, §9; 408/431 for slow or oversized requests, RELIABILITY.md); a 500 is a finding. */
export const DOCUMENTED = new Set([200, 201, 204, 400, 401, 403, 404, 406, 408, 409, 413, 415, 422, 431]);

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const XML_FIELD = /<(kode|melding|korrelasjonsid|status)>([^<]*)<\/\1>/g;

/** The fields of an error body, JSON or XML (by Content-Type); undefined when it is neither. */
function errorFields(answer: Answer): Record<string, unknown> | undefined {
  const type = String(answer.headers['content-type'] ?? '');
  if (type.startsWith('application/json')) {
    try {
      return JSON.parse(answer.body) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  if (type.startsWith('application/xml')) {
    if (!answer.body.includes('<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">')) return undefined;
    const fields: Record<string, unknown> = {};
    for (const [, name, value] of answer.body.matchAll(XML_FIELD)) fields[name!] ??= name === 'status' ? Number(value) : value;
    return fields;
  }
  return undefined;
}

/**
 * What is wrong with an answer under SPEC §2, or undefined: a documented status and, for an error, the body with
 * a kode whose table status is the HTTP status (a KB code only with its table's status), melding, korrelasjonsid (the one
 * in the response header) and status equal to the HTTP status.
 */
export function errorBodyProblem(answer: Answer): string | undefined {
  if (!DOCUMENTED.has(answer.status)) return `undocumented status ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (answer.status < 400) return undefined;
  const body = errorFields(answer);
  if (!body) return `${answer.status} without an error body (${String(answer.headers['content-type'])}): ${answer.body.slice(0, 200)}`;
  const kode = typeof body.kode === 'string' && Object.hasOwn(FEILKODER, body.kode) ? FEILKODER[body.kode as keyof typeof FEILKODER] : undefined;
  if (kode?.status !== answer.status) return `kode ${String(body.kode)} with status ${answer.status}`;
  if (typeof body.melding !== 'string' || body.melding === '') return 'melding missing';
  if (typeof body.korrelasjonsid !== 'string' || body.korrelasjonsid !== answer.headers['korrelasjonsid']) {
    return `korrelasjonsid ${String(body.korrelasjonsid)} vs header ${String(answer.headers['korrelasjonsid'])}`;
  }
  if (body.status !== answer.status) return `body status ${String(body.status)} vs HTTP ${answer.status}`;
  return undefined;
}

/**
 * The mock Maskinporten answers in RFC 6749's shape instead: {error, error_description}, 400 or 401. Headers too
 * large (431) are refused by Node before any route is known, with the API's error body.
 */
export function oauthErrorProblem(answer: Answer): string | undefined {
  if (answer.status === 200) return undefined;
  if (answer.status === 431) return errorBodyProblem(answer);
  if (answer.status !== 400 && answer.status !== 401) return `token endpoint status ${answer.status}: ${answer.body.slice(0, 300)}`;
  try {
    const body = JSON.parse(answer.body) as { error?: unknown };
    return typeof body.error === 'string' ? undefined : `no error field: ${answer.body.slice(0, 200)}`;
  } catch {
    return `not JSON: ${answer.body.slice(0, 200)}`;
  }
}

/** The compiled server of the build this test file belongs to (dist/ or an engineer's own outDir). */
export const SERVER_ENTRY = fileURLToPath(new URL('../../server/server.js', import.meta.url));

export function startBuilt(env: Record<string, string>, timeoutMs = 30_000): Promise<RunningServer> {
  return startServer({ LOG_LEVEL: 'error', VEDLEGG_STEG_MS: '0', ...env }, timeoutMs, SERVER_ENTRY);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An access token from a running server's POST /sandbox/token. */
export async function tokenAt(url: string, orgnr: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await fetch(`${url}/sandbox/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orgnr, levetidSekunder: 3600, ...extra }),
  });
  if (res.status !== 200) throw new Error(`token for ${orgnr}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A request line and headers, ending with the blank line. */
export const httpHead = (requestLine: string, headers: Record<string, string | number>) =>
  `${[requestLine, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n')}\r\n\r\n`;

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting to the server closing (or the deadline). */
  ms: number;
}

/**
 * One HTTP/1.1 request over a bare socket: `head` as given (see httpHead), then the body
 * chunks `everyMs` apart — a slow client, which fetch cannot be. Stops at the server's close or at `deadlineMs`.
 */
export function rawRequest(port: number, head: string, chunks: (string | Buffer)[], everyMs = 0, deadlineMs = 30_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      clearTimeout(deadline);
      socket.destroy();
      const text = Buffer.concat(received).toString('utf8');
      const [top = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = top.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: rest.join('\r\n\r\n'), ms: performance.now() - started });
    };
    const deadline = setTimeout(finish, deadlineMs);
    socket.on('data', (d: Buffer) => received.push(d));
    socket.on('close', finish);
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(head);
      const queue = [...chunks];
      const next = () => {
        const chunk = queue.shift();
        if (chunk === undefined || socket.destroyed) return;
        socket.write(chunk);
        timer = setTimeout(next, everyMs);
      };
      next();
    });
  });
}
