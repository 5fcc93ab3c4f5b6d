/** The bench's result table (markdown) and the machine it ran on. */
import { cpus, platform, release, totalmem } from 'node:os';

export interface Row {
  scenario: string;
  rps?: number;
  p50?: number;
  p99?: number;
  /** Free text: a ratio, a time, a size. */
  value?: string;
  target?: string;
  pass?: boolean;
}

const num = (n: number | undefined, digits = 0) => (n === undefined ? '' : n.toFixed(digits));

export function table(rows: readonly Row[]): string {
  const lines = [
    '| Scenario | req/s | p50 ms | p99 ms | Measured | Target | Result |',
    '|---|---:|---:|---:|---|---|---|',
  ];
  for (const r of rows) {
    const result = r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL';
    lines.push(`| ${r.scenario} | ${num(r.rps)} | ${num(r.p50)} | ${num(r.p99)} | ${r.value ?? ''} | ${r.target ?? ''} | ${result} |`);
  }
  return lines.join('\n');
}

export function machine(): string {
  const cpu = cpus();
  return [
    `- Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}`,
    `- Node ${process.version}`,
    `- Date: ${new Date().toISOString()}`,
  ].join('\n');
}
