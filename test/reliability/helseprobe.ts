/**
 * Polls GET <url>/health back to back (5 ms apart) from a process of its own, so that the test process's garbage
 * collection (it builds the poisonous files) is not counted as the server's latency. Writes `klar` after the first
 * answer; a line on stdin starts the count afresh (the polls sent from then on); on SIGTERM, writes
 * `{antall, maksMs, ikkeOk}` as JSON and exits. Started by `helseprobe()` below.
 */
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { fileURLToPath } from 'node:url';

export interface Helse {
  antall: number;
  maksMs: number;
  ikkeOk: number;
}

/** Starts the probe against `url` and resolves once it has had its first answer; `fraNaa` restarts the count. */
export async function helseprobe(url: string): Promise<{ fraNaa(): void; stopp(): Promise<Helse> }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let ut = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (ut += d));
  await new Promise<void>((klar, feil) => {
    child.stdout.on('data', () => ut.startsWith('klar\n') && klar());
    child.once('exit', (code) => feil(new Error(`health probe exited (${code})`)));
  });
  return {
    fraNaa: () => child.stdin.write('\n'),
    async stopp() {
      const ferdig = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await ferdig;
      return JSON.parse(ut.slice('klar\n'.length)) as Helse;
    },
  };
}

async function poll(url: string): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const helse = (): Promise<number> =>
    new Promise((resolve, reject) => {
      get(`${url}/health`, { agent }, (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0))).on('error', reject);
    });
  let stopp = false;
  process.once('SIGTERM', () => (stopp = true));
  let resultat: Helse = { antall: 0, maksMs: 0, ikkeOk: 0 };
  let runde = 0;
  process.stdin.on('data', () => {
    runde++;
    resultat = { antall: 0, maksMs: 0, ikkeOk: 0 };
  });
  let klar = false;
  while (!stopp) {
    const fra = runde;
    const foer = performance.now();
    const status = await helse();
    if (!klar) process.stdout.write('klar\n');
    klar = true;
    // A poll sent before the count started afresh belongs to the time before it.
    if (fra === runde) {
      resultat.maksMs = Math.max(resultat.maksMs, performance.now() - foer);
      resultat.antall++;
      if (status !== 200) resultat.ikkeOk++;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  process.stdout.write(JSON.stringify(resultat));
  agent.destroy();
  process.stdin.destroy();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await poll(process.argv[2]!);
