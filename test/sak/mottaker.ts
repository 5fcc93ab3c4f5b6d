/** A webhook receiver on 127.0.0.1 (node:http, port 0) that records every delivery and can fail or stall on purpose. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Levering {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
  /** When the request had arrived (Date.now()). */
  mottatt: number;
}

export interface Mottaker {
  url: string;
  port: number;
  leveringer: Levering[];
  /** The answer to each delivery (a promise: the receiver is slow, or never answers); default 200. */
  svar: (levering: Omit<Levering, 'status'>, forsoek: number) => number | Promise<number>;
  /** Headers on every answer (e.g. a Location with a 302). */
  svarHeaders: Record<string, string>;
  /** Requests that arrived, answered or not. */
  ankomne: number;
  /** Requests open now (until answered or given up by the sender), and the most at once. */
  aapne: number;
  flestAapne: number;
  close(): Promise<void>;
}

export async function startMottaker(): Promise<Mottaker> {
  const forsoek = new Map<string, number>();
  const mottaker: Mottaker = { url: '', port: 0, leveringer: [], svar: () => 200, svarHeaders: {}, ankomne: 0, aapne: 0, flestAapne: 0, close: async () => {} };
  const server = createServer((req, res) => {
    mottaker.ankomne++;
    mottaker.flestAapne = Math.max(mottaker.flestAapne, ++mottaker.aapne);
    res.on('close', () => mottaker.aapne--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const levering = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), mottatt: Date.now() };
      const id = String(req.headers['x-sandbox-hendelse-id']);
      const n = (forsoek.get(id) ?? 0) + 1;
      forsoek.set(id, n);
      const status = await mottaker.svar(levering, n);
      mottaker.leveringer.push({ ...levering, status });
      res.writeHead(status, mottaker.svarHeaders).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mottaker.port = (server.address() as AddressInfo).port;
  mottaker.url = `http://127.0.0.1:${mottaker.port}/hendelser`;
  mottaker.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // a stalled answer must not hold the test open
    });
  return mottaker;
}

/** Polls `ok` until it holds (real time: webhook retries run on real time). */
export async function vent(ok: () => boolean, hva: string, timeoutMs = 20_000): Promise<void> {
  const slutt = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > slutt) throw new Error(`timed out waiting for ${hva}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
