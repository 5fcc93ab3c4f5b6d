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
