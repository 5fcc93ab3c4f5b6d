/**
 * A test-only plugin that holds every response of an app against the OpenAPI document of its version
 * (./svarkontroll.ts): those that pass the hooks (app.inject and real ports alike) in the last onSend hook, which sees
 * the body as sent, and the router's own answers (a bad URL encoding, an over-long parameter), which pass no hook,
 * where app.inject returns them. `testApp()` registers it under tap: a response that breaks the document fails the
 * test that produced it.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Test as TapTest } from 'tap';
import { Svarkontroll, type Svar } from './svarkontroll.js';
import type { OpenApiDocument } from '../../server/openapi.js';

export type Rapport = (svar: Svar, brudd: string[]) => void;

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;

const tekst = (header: unknown) => (header === undefined ? undefined : String(header));

/** A payload onSend sees: a string or Buffer as sent, nothing as an empty body, anything else a stream. */
const kropp = (payload: unknown) => (typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : payload == null ? '' : undefined);

/**
 * One check shared by a file's apps, keyed by their /v1 document: every app has the same cached documents
 * (server/openapi.ts), and compiling their schemas is what a check costs (a few hundred ms).
 */
const kontroller = new WeakMap<OpenApiDocument, Svarkontroll>();

function kontrollFor(dokumenter: FastifyInstance['openapi']): Svarkontroll {
  let kontroll = kontroller.get(dokumenter.v1);
  if (!kontroll) kontroller.set(dokumenter.v1, (kontroll = new Svarkontroll(dokumenter)));
  return kontroll;
}

async function vakt(app: FastifyInstance, { rapporter }: { rapporter: Rapport }): Promise<void> {
  const kontroll = kontrollFor(app.openapi);
  const hold = (svar: Svar) => {
    const brudd = kontroll.brudd(svar);
    if (brudd.length > 0) rapporter(svar, brudd);
  };
  const holdt = new WeakSet<object>();
  app.addHook('onSend', (request, reply, payload, done) => {
    holdt.add(reply.raw);
    hold({ metode: request.method, url: request.url, status: reply.statusCode, type: tekst(reply.getHeader('content-type')), kropp: kropp(payload) });
    done(null, payload);
  });
  const inject = app.inject.bind(app) as Inject;
  const holdende: Inject = async (opts) => {
    const res = await inject(opts);
    const { req, res: raw } = res.raw;
    if (!holdt.has(raw)) hold({ metode: req.method!, url: req.url!, status: res.statusCode, type: tekst(res.headers['content-type']), kropp: res.rawPayload });
    return res;
  };
  Object.assign(app, { inject: holdende });
}

export const svarvakt = fp(vakt, { name: 'svarvakt', dependencies: ['openapi'] });

/**
 * Reports on the test that made the request: from tap's root down through the one subtest running at each level (with
 * several running in parallel, on their parent). The message names the request and every breach.
 */
export async function tapRapport(): Promise<Rapport> {
  const { default: rot, Test } = await import('tap');
  const loepende = (t: TapTest): TapTest => {
    const [en, ...flere] = t.activeSubtests;
    return en instanceof Test && flere.length === 0 && !en.ended ? loepende(en) : t;
  };
  return (svar, brudd) => loepende(rot).fail(`${svar.metode} ${svar.url} breaks the OpenAPI document: ${brudd.join('; ')}`, { brudd });
}
