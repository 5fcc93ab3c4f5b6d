/**
 * Validation of a submitted begjæring's text as a decorated service (server/begjaering/validering.ts). With a
 * database file it runs in a thread of its own (server/begjaering/validering-traad.ts): parsing, schema, the
 * unknown-field walk and the rules are most of a validation's CPU, and on the event loop they kept the second core
 * idle (SPEC §11). An in-memory database cannot be opened by a second connection, so there — and if the thread
 * ever dies — the same function runs on the event loop.
 */
import fp from 'fastify-plugin';
import { Worker } from 'node:worker_threads';
import type { Valideringsresultat } from '../../begjaering/validering.js';
import type { Tenant } from '../../auth/tenant.js';
import type { RegisterMode } from '../../../rules/lib/register.js';

/** A message to the validation thread. */
export interface Oppdrag {
  id: number;
  tekst: string | undefined;
  orgnr: string;
  /** The sandbox clock's now, in ms. */
  naa: number;
}

/** Its answer: the result, or the stack of an unexpected error. */
export type Svar = { id: number; resultat: Valideringsresultat } | { id: number; feil: string };

export interface Validering {
  /** True while validation runs in its own thread. */
  readonly iTraad: boolean;
  /** `tekst`: the JSON body as received, undefined without one. */
  valider(tekst: string | undefined, tenant: Tenant): Promise<Valideringsresultat>;
  /** Stops the thread (the app does at close); validation goes on on the event loop. */
  stoppTraad(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    validering: Validering;
  }
}

/** What the thread starts with: the database, and the shared memory it asks before the database. */
export interface TraadData {
  dbPath: string;
  registerMode: RegisterMode;
  /** The cases' InnsendingFilter. */
  innsendinger: SharedArrayBuffer;
  /** The attachments' Vedleggendringer. */
  vedleggendringer: SharedArrayBuffer;
}

interface Ventende {
  resolve: (resultat: Valideringsresultat) => void;
  reject: (err: Error) => void;
}

class Valideringstraad {
  private readonly worker: Worker;
  private readonly ventende = new Map<number, Ventende>();
  private neste = 0;
  private stoppet = false;

  constructor(workerData: TraadData, onDead: (err: Error) => void) {
    // A small young generation: nothing a validation allocates outlives it, and the default one (as large as the
    // event loop's) kept ~25 MB more resident (SPEC §11: ≤ 200 MB after 100,000 submissions).
    this.worker = new Worker(new URL('../../begjaering/validering-traad.js', import.meta.url), {
      workerData,
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    this.worker.unref();
    this.worker.on('message', (svar: Svar) => {
      const v = this.ventende.get(svar.id);
      this.ventende.delete(svar.id);
      if ('feil' in svar) v?.reject(new Error(`validation thread: ${svar.feil}`));
      else v?.resolve(svar.resultat);
    });
    const dead = (err: Error) => {
      for (const v of this.ventende.values()) v.reject(err);
      this.ventende.clear();
      if (!this.stoppet) onDead(err);
      this.stoppet = true;
    };
    this.worker.on('error', dead);
    this.worker.on('exit', (code) => dead(new Error(`validation thread exited (${code})`)));
  }

  get lever(): boolean {
    return !this.stoppet;
  }

  valider(oppdrag: Omit<Oppdrag, 'id'>): Promise<Valideringsresultat> {
    const id = this.neste++;
    return new Promise((resolve, reject) => {
      this.ventende.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...oppdrag } satisfies Oppdrag);
    });
  }

  async stopp(): Promise<void> {
    this.stoppet = true;
    await this.worker.terminate();
  }
}

export default fp(
  async (app) => {
    const { dbPath, registerMode } = app.config;
    const data: TraadData = { dbPath, registerMode, innsendinger: app.saker.innsendinger.buffer, vedleggendringer: app.vedlegg.endringer.buffer };
    const traad = dbPath === ':memory:'
      ? undefined
      : new Valideringstraad(data, (err) => app.log.error({ err }, 'validation thread died; validating on the event loop'));
    // Loaded at the first validation on the event loop: with the rules, ~70 ms of start-up a database file never needs.
    let paaHovedtraad: Promise<typeof import('../../begjaering/validering.js')> | undefined;
    app.decorate('validering', {
      get iTraad() {
        return traad?.lever ?? false;
      },
      async valider(tekst, tenant) {
        if (traad?.lever) return traad.valider({ tekst, orgnr: tenant.orgnr, naa: app.clock.now().getTime() });
        const { validerTekst } = await (paaHovedtraad ??= import('../../begjaering/validering.js'));
        return validerTekst(tekst, app.regler.kontekst(tenant));
      },
      stoppTraad: async () => traad?.stopp(),
    } satisfies Validering);
    app.addHook('onClose', async () => app.validering.stoppTraad());
  },
  { name: 'validering', dependencies: ['store', 'clock', 'rule-engine', 'saker', 'vedlegg'] },
);
