/**
 * The conversion worker (started by konverterer.ts): virus check and conversion of one file at a time, off the
 * event loop, within the content limits it was started with. Its heap limit and the time limit are enforced from
 * outside: past either, the worker is terminated.
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Konverteringsgrenser } from './grenser.js';
import type { Oppdrag, Resultater, Svar } from './konverterer.js';
import { containsEicar } from './virussjekk.js';

const grenser = workerData as Konverteringsgrenser;
const port = parentPort!;

/** This thread's id ("<pid>/task/<tid>", Linux only): the parent lowers its priority when a file takes long. */
function egenTraad(): number | undefined {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  } catch {
    return undefined;
  }
}
const traad = egenTraad();

// Loaded for the first conversion: pdf-lib takes long to load (a second and more on a busy machine), and the virus
// checks of the files before it need not wait for that.
let konvertering: Promise<typeof import('./convert.js')> | undefined;

// pdf-lib reports every object it cannot parse with console.warn, which a worker hands to the event loop to write:
// a hostile PDF would make it write thousands of lines. The outcome and its reason say what matters.
console.warn = () => undefined;

/** Tells the parent the task has started: its time limit counts from here, after anything the worker had to load. */
const startet = (id: number) => port.postMessage({ id, startet: true, traad } satisfies Svar);

// Files are read synchronously (containsEicar alike): the thread pool asynchronous reads queue for is the event
// loop's too, busy with the uploads' writes.
async function utfoer(oppdrag: Oppdrag): Promise<Resultater[Oppdrag['oppgave']]> {
  if (oppdrag.oppgave === 'virussjekk') {
    startet(oppdrag.id);
    return containsEicar(oppdrag.sti);
  }
  const { convertToPdf } = await (konvertering ??= import('./convert.js'));
  startet(oppdrag.id);
  return convertToPdf(readFileSync(oppdrag.sti), grenser, oppdrag.naa);
}

port.on('message', (oppdrag: Oppdrag) => {
  void utfoer(oppdrag)
    .then(
      (resultat) => ({ resultat }),
      (err: unknown) => ({ feil: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    )
    .then((svar) => port.postMessage({ id: oppdrag.id, heap: getHeapStatistics().used_heap_size, ...svar } satisfies Svar));
});
