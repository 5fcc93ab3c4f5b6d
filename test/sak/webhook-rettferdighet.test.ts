/**
 * Fair deliveries: organisation A's receiver is slow (or silent) and A has a backlog of a thousand events; B's
 * events still reach B's receiver at once, and A never has more than WEBHOOK_CONCURRENCY deliveries in flight.
 */
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG, auth, sakApp } from './kit.js';
import { startMottaker, vent, type Mottaker } from './mottaker.js';

const A = ORG;
const B = ANNEN_ORG;
const PARALLELLE = 2;
const A_KOE = 1000;
const B_HENDELSER = 10;
/** B's delay bound: a delivery on 127.0.0.1 takes a few ms; A's receiver holds each of its deliveries for seconds. */
const MAKS_FORSINKELSE_MS = 250;

const sov = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function registrer(t: Test, app: FastifyInstance, orgnr: string, mottaker: Mottaker): Promise<void> {
  const res = await app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(await tokenFor(app, orgnr)), payload: { url: mottaker.url } });
  t.equal(res.statusCode, 201, `${orgnr}'s webhook`);
}

/** Publishes B's events one at a time while A's receiver is held; each one's delay from publication to arrival. */
async function forsinkelserForB(app: FastifyInstance, rask: Mottaker): Promise<number[]> {
  const forsinkelser: number[] = [];
  for (let i = 0; i < B_HENDELSER; i++) {
    const sendt = Date.now();
    const { hendelseId } = app.hendelser.publiser(B, 'rettingForespurt', { melding: `b${i}` }, { eksternSaksreferanse: 'b' });
    const levert = () => rask.leveringer.find((l) => l.headers['x-sandbox-hendelse-id'] === hendelseId);
    await vent(() => levert() !== undefined, `B's event ${i}`);
    forsinkelser.push(levert()!.mottatt - sendt);
    await sov(50);
  }
  return forsinkelser;
}

async function tregOrganisasjon(t: Test, navn: string, svar: Mottaker['svar'], timeoutMs: number): Promise<void> {
  const app = await sakApp({ webhookTimeoutMs: timeoutMs, webhookConcurrency: PARALLELLE });
  t.teardown(() => app.close());
  const treg = await startMottaker();
  t.teardown(() => treg.close());
  const rask = await startMottaker();
  t.teardown(() => rask.close());
  treg.svar = svar;
  await registrer(t, app, A, treg);
  await registrer(t, app, B, rask);

  for (let i = 0; i < A_KOE; i++) app.hendelser.publiser(A, 'rettingForespurt', { melding: `a${i}` }, { eksternSaksreferanse: 'a' });
  await vent(() => treg.ankomne >= PARALLELLE, `${PARALLELLE} of A's deliveries held by its receiver`);
  const start = Date.now();
  const forsinkelser = await forsinkelserForB(app, rask);
  const varighet = Date.now() - start;

  const sortert = [...forsinkelser].sort((a, b) => a - b);
  const median = sortert[Math.floor(sortert.length / 2)]!;
  const maks = sortert.at(-1)!;
  t.comment(`${navn}: B's ${B_HENDELSER} events over ${varighet} ms while A's receiver held its deliveries: delay median ${median} ms, max ${maks} ms`);
  t.comment(`${navn}: A's receiver got ${treg.ankomne} of ${A_KOE} in that time, at most ${treg.flestAapne} at once`);
  t.ok(maks < MAKS_FORSINKELSE_MS, `B's largest delay ${maks} ms < ${MAKS_FORSINKELSE_MS} ms`);
  t.equal(rask.leveringer.length, B_HENDELSER, 'B got each event once');
  t.ok(treg.ankomne < A_KOE / 10, "A's backlog was still waiting: B's events did not wait for it");
  t.ok(treg.flestAapne <= PARALLELLE, `A never had more than ${PARALLELLE} deliveries in flight (had ${treg.flestAapne})`);
}

t.test("a slow receiver (2 s an answer) delays only its own organisation's deliveries", (t) =>
  tregOrganisasjon(t, 'slow receiver', () => sov(2000).then(() => 200), 10_000));

t.test('a silent receiver (never answers) holds its slots only until WEBHOOK_TIMEOUT_MS, and only its own', (t) =>
  tregOrganisasjon(t, 'silent receiver', () => new Promise<number>(() => {}), 300));
