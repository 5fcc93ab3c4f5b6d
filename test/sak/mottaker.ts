/** A webhook receiver on 127.0.0.1 (node:http, port 0) that records every delivery and can fail on purpose. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Levering {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

export interface Mottaker {
  url: string;
  leveringer: Levering[];
  /** The answer to each delivery; default 200. */
  svar: (levering: Omit<Levering, 'status'>, forsoek: number) => number;
  close(): Promise<void>;
}

export async function startMottaker(): Promise<Mottaker> {
  const forsoek = new Map<string, number>();
  const mottaker: Mottaker = { url: '', leveringer: [], svar: () => 200, close: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const levering = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const id = String(req.headers['x-sandbox-hendelse-id']);
      const n = (forsoek.get(id) ?? 0) + 1;
      forsoek.set(id, n);
      const status = mottaker.svar(levering, n);
      mottaker.leveringer.push({ ...levering, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mottaker.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hendelser`;
  mottaker.close = () => new Promise((resolve) => server.close(() => resolve()));
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
