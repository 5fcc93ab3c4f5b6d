/**
 * Validation of a submitted begjæring's text as a decorated service (server/begjaering/validering.ts). With a
 * database file it runs in a thread of its own (server/begjaering/validering-traad.ts): parsing, schema, the
 * unknown-field walk and the rules are most of a validation's CPU, and on the event loop they kept the second core
 * idle (SPEC §11). An in-memory database cannot be opened by a second connection, so there — and if the thread
 * ever dies — the same function runs on the event loop.
 */
import fp from 'fastify-plugin';
import { Worker } from 'node:worker_threads';
import type { Lesing, Valideringsresultat } from '../../begjaering/validering.js';
import type { Tenant } from '../../auth/tenant.js';
import type { RegisterMode } from '../../../rules/lib/register.js';
import type { JsonGrenser } from '../../json.js';
import type { Innlogging } from '../../../rules/types.js';
import type { Api, ApiVersjon } from '../../api.js';
import { innloggingAv } from './rule-engine.js';

/** A message to the validation thread. */
export interface Oppdrag {
  id: number;
  tekst: string | undefined;
  /** The API version the begjæring was sent to (its model and schema). */
  versjon: ApiVersjon;
  orgnr: string;
  /** How the caller logged in (the tenant's, as the event loop's context has it). */
  innlogging: Innlogging;
  /** The sandbox clock's now, in ms. */
  naa: number;
}

/** Its answer: the result, or the stack of an unexpected error. */
export type Svar = { id: number; resultat: Valideringsresultat } | { id: number; feil: string };

export interface Validering {
  /** True while validation runs in its own thread. */
  readonly iTraad: boolean;
  /** `tekst`: the JSON body as received, undefined without one; `api`: the version it was sent to. */
  valider(tekst: string | undefined, api: Api, tenant: Tenant): Promise<Valideringsresultat>;
  /** Reads a begjæring (parse, schema, walk; no rules) on the event loop, as the endring routes do. */
  les(tekst: string | undefined, api: Api): Promise<Lesing>;
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
  jsonGrenser: JsonGrenser;
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
    const data: TraadData = { dbPath, registerMode, jsonGrenser: app.jsonGrenser, innsendinger: app.saker.innsendinger.buffer, vedleggendringer: app.vedlegg.endringer.buffer };
    const traad = dbPath === ':memory:'
      ? undefined
      : new Valideringstraad(data, (err) => app.log.error({ err }, 'validation thread died; validating on the event loop'));
    // Loaded at the first validation or endring on the event loop: with the rules, ~70 ms of start-up.
    let modul: Promise<typeof import('../../begjaering/validering.js')> | undefined;
    const paaHovedtraad = () => (modul ??= import('../../begjaering/validering.js'));
    app.decorate('validering', {
      get iTraad() {
        return traad?.lever ?? false;
      },
      async valider(tekst, api, tenant) {
        if (traad?.lever) {
          return traad.valider({ tekst, versjon: api.versjon, orgnr: tenant.orgnr, innlogging: innloggingAv(tenant), naa: app.clock.now(tenant.orgnr).getTime() });
        }
        return (await paaHovedtraad()).validerTekst(tekst, api, app.jsonGrenser, app.regler.kontekst(tenant));
      },
      les: async (tekst, api) => (await paaHovedtraad()).lesBegjaering(tekst, api, app.jsonGrenser),
      stoppTraad: async () => traad?.stopp(),
    } satisfies Validering);
    app.addHook('onClose', async () => app.validering.stoppTraad());
  },
  { name: 'validering', dependencies: ['store', 'clock', 'rule-engine', 'saker', 'vedlegg', 'json'] },
);
