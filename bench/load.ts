/** One autocannon run, summarised: throughput, latency percentiles and the status codes seen. */
import autocannon, { type Options, type Request } from 'autocannon';

export interface Load {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  /** Mean latency in ms: autocannon's percentiles are whole milliseconds, the mean is not. */
  mean: number;
  requests: number;
  /** Responses with another status than expected (connection errors and timeouts included). */
  unexpected: number;
  codes: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Builds each request's body (a new case, a fresh grant). */
  nextBody?: () => string | Buffer;
  connections: number;
  /** Seconds; or `amount` requests. */
  duration?: number;
  amount?: number;
  expect: number;
}

export async function load(label: string, o: LoadOptions): Promise<Load> {
  const options: Options = {
    url: o.url,
    method: o.method ?? 'GET',
    headers: o.headers,
    body: o.body,
    connections: o.connections,
    timeout: 30,
    ...(o.amount !== undefined ? { amount: o.amount } : { duration: o.duration ?? 10 }),
  };
  const nextBody = o.nextBody;
  if (nextBody) {
    options.requests = [{ setupRequest: (request: Request) => ({ ...request, body: nextBody() }) }];
  }
  const r = await autocannon(options);
  const codes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, { count }]) => [code, count]));
  const total = Object.values(codes).reduce((a, b) => a + b, 0);
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: r.latency.average,
    requests: total,
    unexpected: total - (codes[String(o.expect)] ?? 0) + r.errors + r.timeouts,
    codes,
  };
}

/** Two runs of one scenario as one: throughput and mean latency averaged, the worse p50 and p99, every response counted. */
export function sammen(label: string, a: Load, b: Load): Load {
  const codes: Record<string, number> = { ...a.codes };
  for (const [code, n] of Object.entries(b.codes)) codes[code] = (codes[code] ?? 0) + n;
  return {
    label,
    rps: (a.rps + b.rps) / 2,
    p50: Math.max(a.p50, b.p50),
    p99: Math.max(a.p99, b.p99),
    mean: (a.mean * a.requests + b.mean * b.requests) / (a.requests + b.requests),
    requests: a.requests + b.requests,
    unexpected: a.unexpected + b.unexpected,
    codes,
  };
}

/**
 * Two scenarios compared within one run, A-B-B-A: each runs twice, so a drift of the machine over the four falls
 * on both alike (one after the other, the second would take all of it).
 */
export async function abba(a: () => Promise<Load>, b: () => Promise<Load>): Promise<[Load, Load]> {
  const a1 = await a();
  const b1 = await b();
  const b2 = await b();
  const a2 = await a();
  return [sammen(a1.label, a1, a2), sammen(b1.label, b1, b2)];
}
