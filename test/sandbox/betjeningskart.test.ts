/**
 * The report's betjeningskart checkpoints through the API: a lookup of the saksøkte shortly before each submission
 * (within VINDU_MINUTTER of sandbox time), and no lookup that no submission follows. The edges to the millisecond are
 * in oppslag.test.ts; here the sandbox clock is moved well inside or past the window.
 */
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { API, API_V2, testApp, tokenFor } from '../helpers.js';
import { VINDU_MINUTTER } from '../../server/sandbox/oppslag.js';
import { ANNEN_ORG, ORG, SAKSOEKT, get, nySak, post, slaaOpp, type Json } from './kit.js';

/** An identifier Skatteetaten's test list locks to the old rules (ELSA). */
const GAMMELT = '08907395937';
/** A synthetic person no submission of these tests names. */
const ANNEN = '69887800189';

const foer = `PT${VINDU_MINUTTER - 1}M`;
const etter = `PT${VINDU_MINUTTER}M30S`;

async function punkter(app: FastifyInstance, token: string): Promise<Record<string, Json>> {
  const res = await get(app, token, '/sandbox/rapport');
  t.equal(res.statusCode, 200);
  return Object.fromEntries((res.json().sjekkliste as Json[]).map((p) => [p.id, p]));
}

const frem = async (app: FastifyInstance, token: string, varighet: string) => t.equal((await post(app, token, '/sandbox/klokke', { frem: varighet })).statusCode, 200);

async function oppsett(orgnr = ORG) {
  const app = await testApp();
  t.teardown(() => app.close());
  return { app, token: await tokenFor(app, orgnr) };
}

t.test('a lookup inside the window before the submission meets both points; the description names the window', async (t) => {
  const { app, token } = await oppsett();
  t.same(await slaaOpp(app, token, [SAKSOEKT], API_V2), ['nytt']);
  await frem(app, token, foer);
  await nySak(app, token, ORG, API_V2);
  const p = await punkter(app, token);
  t.match(p.betjeningskart, { oppfylt: true, antall: 1, avvik: 0, beskrivelse: new RegExp(`høyst ${VINDU_MINUTTER} minutter \\(sandbox-tid\\)`) });
  t.match(p.betjeningskartUnoedig, { oppfylt: true, antall: 1, avvik: 0 });
});

t.test('a submission without a lookup, or after the window, is a deviation; the late lookup is unnecessary', async (t) => {
  const { app, token } = await oppsett();
  await nySak(app, token, ORG, API_V2);
  let p = await punkter(app, token);
  t.match(p.betjeningskart, { oppfylt: false, antall: 0, avvik: 1, perVersjon: { v2: { avvik: 1 }, v1: { avvik: 0 } } });

  await slaaOpp(app, token, [SAKSOEKT], API_V2);
  await frem(app, token, etter);
  await nySak(app, token, ORG, API_V2);
  p = await punkter(app, token);
  t.match(p.betjeningskart, { oppfylt: false, antall: 0, avvik: 2 });
  t.match(p.betjeningskartUnoedig, { oppfylt: false, antall: 0, avvik: 1 });
});

t.test('a lookup that no submission follows counts once its window has passed; an answer of gammelt never', async (t) => {
  const { app, token } = await oppsett();
  t.same(await slaaOpp(app, token, [ANNEN, GAMMELT], API_V2), ['nytt', 'gammelt']);
  let p = await punkter(app, token);
  t.match(p.betjeningskartUnoedig, { oppfylt: false, antall: 0, avvik: 0 }, 'still waiting for its submission');
  await frem(app, token, foer);
  t.match((await punkter(app, token)).betjeningskartUnoedig, { avvik: 0 });
  await frem(app, token, 'PT2M');
  p = await punkter(app, token);
  t.match(p.betjeningskartUnoedig, { oppfylt: false, antall: 0, avvik: 1, perVersjon: { v2: { avvik: 1 } } }, 'ANNEN only: GAMMELT goes to ELSA');
  t.match(p.betjeningskart, { antall: 0, avvik: 0 }, 'no submission, nothing to hold');
});

t.test('a lookup at /v1 serves a submission at /v2: each is counted under its own version', async (t) => {
  const { app, token } = await oppsett();
  await slaaOpp(app, token, [SAKSOEKT], API);
  await nySak(app, token, ORG, API_V2);
  const p = await punkter(app, token);
  t.match(p.betjeningskart, { oppfylt: true, perVersjon: { v2: { antall: 1 }, v1: { antall: 0 } } });
  t.match(p.betjeningskartUnoedig, { oppfylt: true, perVersjon: { v1: { antall: 1 }, v2: { antall: 0 } } });
});

t.test('another organisation\'s lookup does not count; a reset forgets the waiting lookups', async (t) => {
  const { app, token } = await oppsett();
  const annen = await tokenFor(app, ANNEN_ORG);
  await slaaOpp(app, annen, [SAKSOEKT], API_V2);
  await nySak(app, token, ORG, API_V2);
  t.match((await punkter(app, token)).betjeningskart, { antall: 0, avvik: 1 });

  await slaaOpp(app, token, [SAKSOEKT], API_V2);
  t.equal((await post(app, token, '/sandbox/reset')).statusCode, 200);
  await nySak(app, token, ORG, API_V2);
  t.match((await punkter(app, token)).betjeningskart, { antall: 0, avvik: 1 }, 'the lookup before the reset is gone');
  await frem(app, annen, etter);
  t.match((await punkter(app, annen)).betjeningskartUnoedig, { antall: 0, avvik: 1 }, 'the other organisation\'s lookup was not used up');
});
