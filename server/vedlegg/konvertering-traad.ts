/**
 * The conversion worker (started by konverterer.ts): virus check and conversion of one file at a time, off the
 * event loop, within the content limits it was started with. Its heap limit and the time limit are enforced from
 * outside: past either, the worker is terminated.
 */
import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { containsEicar, convertToPdf } from './convert.js';
import type { Konverteringsgrenser } from './grenser.js';
import type { Oppdrag, Resultater, Svar } from './konverterer.js';

const grenser = workerData as Konverteringsgrenser;
const port = parentPort!;

// The event loop first: on Linux a thread's nice value is its own (setpriority of the calling thread), so the worker
// has the CPU whenever the event loop does not need it, and gives way as soon as it does. Elsewhere it would be the
// whole process's. Where it is refused (a sandboxed container), the worker runs as it is.
if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch {
    // default priority
  }
}

// pdf-lib reports every object it cannot parse with console.warn, which a worker hands to the event loop to write:
// a hostile PDF would make it write thousands of lines. The outcome and its reason say what matters.
console.warn = () => undefined;

async function utfoer(oppdrag: Oppdrag): Promise<Resultater[Oppdrag['oppgave']]> {
  if (oppdrag.oppgave === 'virussjekk') return containsEicar(oppdrag.sti);
  return convertToPdf(await readFile(oppdrag.sti), grenser, oppdrag.naa);
}

port.on('message', (oppdrag: Oppdrag) => {
  port.postMessage({ id: oppdrag.id, startet: true } satisfies Svar);
  void utfoer(oppdrag)
    .then(
      (resultat) => ({ resultat }),
      (err: unknown) => ({ feil: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    )
    .then((svar) => port.postMessage({ id: oppdrag.id, heap: getHeapStatistics().used_heap_size, ...svar } satisfies Svar));
});
