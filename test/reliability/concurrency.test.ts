/**
 * Concurrency over a real port (SPEC §6, §7), against the compiled server: identical submissions racing (one 201,
 * the rest DUPLIKAT_INNSENDING), endringer of one case racing (one stored, the rest refused), and events produced
 * by many clients of two organisations at once (each feed gap-free, one creation event per case).
 */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, example } from '../helpers.js';
import { dato, Klient, type Json, type Svar } from './client.js';
import { startBuilt, tokenAt } from './kit.js';

const ORG = '312597772';
const ANNEN_ORG = '311758489';
const PARALLELT = 16;

const dir = mkdtempSync(join(tmpdir(), 'reliability-concurrency-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const server = await startBuilt({ DB_PATH: join(dir, 'sandbox.db'), SAK_STEG_MS: '0' });
t.teardown(() => server.stop('SIGTERM'));
const klient = new Klient(server.url, await tokenAt(server.url, ORG));
const begjaering = await klient.medVedlegg({ ...example('enkel'), innsenderReferanse: 'samtidig-1' });

const koder = (svar: Svar) => ((svar.body.kontrollutslag ?? []) as Json[]).map((k) => k.kode as string).join(',');
const tell = (svar: Svar[]) => svar.reduce<Record<string, number>>((acc, s) => ({ ...acc, [`${s.status} ${koder(s)}`.trim()]: (acc[`${s.status} ${koder(s)}`.trim()] ?? 0) + 1 }), {});

t.test(`${PARALLELT} identical submissions at once, 5 rounds: one 201, the rest DUPLIKAT_INNSENDING`, async (t) => {
  for (let runde = 0; runde < 5; runde++) {
    const kopi = { ...begjaering, begjaeringsdato: dato(runde) };
    const svar = await Promise.all(Array.from({ length: PARALLELT }, () => klient.sendInn(kopi)));
    t.same(tell(svar), { '201': 1, '422 DUPLIKAT_INNSENDING': PARALLELT - 1 }, `round ${runde + 1}`);
  }
});

t.test(`${PARALLELT} endringer of one case at once, 3 rounds: at most one stored`, async (t) => {
  for (let runde = 0; runde < 3; runde++) {
    const ny = await klient.sendInn({ ...begjaering, begjaeringsdato: dato(100 + runde) });
    const ref = ny.body.eksternSaksreferanse as string;
    t.equal((await klient.send('POST', `/sandbox/saker/${ref}/status`, { saksstatus: 'sakUnderBehandling' })).status, 200);
    const svar = await Promise.all(Array.from({ length: PARALLELT }, (_, i) =>
      klient.endre(ref, { ...begjaering, begjaeringsdato: dato(100 + runde), saksreferanse: `parallell-${i}` })));
    const antall = tell(svar);
    t.equal(antall['204'], 1, `round ${runde + 1}: one endring stored (${JSON.stringify(antall)})`);
    const andre = svar.filter((s) => s.status !== 204);
    t.ok(andre.every((s) => koder(s) === 'UAVKLART_STATUS' || s.status === 409), 'the others: UAVKLART_STATUS (or 409 after lost retries)');
    const versjoner = (await klient.get(`${API}/utleggsbegjaering/${ref}`)).body.versjoner as Json[];
    t.same(versjoner.map((v) => v.versjon), [1, 2], 'exactly one new version');
    const vinner = svar.findIndex((s) => s.status === 204);
    t.equal(versjoner[1]!.begjaering.saksreferanse, `parallell-${vinner}`, 'the stored version is the one that got 204');
  }
});

t.test('events from many clients of two organisations at once: each feed gap-free', async (t) => {
  const annen = new Klient(server.url, await tokenAt(server.url, ANNEN_ORG));
  const annenBegjaering = structuredClone(begjaering) as Json;
  annenBegjaering.innsender.innsender.virksomhet.identifikator.verdi = ANNEN_ORG;
  const forAnnen = await annen.medVedlegg({ ...annenBegjaering, innsenderReferanse: 'samtidig-annen' });
  const foer: Record<string, number> = { [ORG]: (await klient.alleHendelser()).length, [ANNEN_ORG]: (await annen.alleHendelser()).length };
  const laget: Record<string, number> = { [ORG]: 0, [ANNEN_ORG]: 0 };
  const arbeider = Array.from({ length: 8 }, (_, i) => async () => {
    const [k, b, org] = i % 2 ? [annen, forAnnen, ANNEN_ORG] : [klient, begjaering, ORG];
    for (let n = 0; n < 15; n++) {
      const ny = await k.sendInn({ ...b, begjaeringsdato: dato(1000 + i * 100 + n) });
      if (ny.status !== 201) throw new Error(`${ny.status} ${ny.text}`);
      laget[org]! += 1;
      // A status change is a second event for the same case, produced while the others create theirs.
      const ref = ny.body.eksternSaksreferanse as string;
      if ((await k.send('POST', `/sandbox/saker/${ref}/status`, { saksstatus: 'sakUnderBehandling' })).status === 200) laget[org]! += 1;
    }
  });
  await Promise.all(arbeider.map((a) => a()));
  for (const [org, k] of [[ORG, klient], [ANNEN_ORG, annen]] as const) {
    const hendelser = await k.alleHendelser();
    t.same(hendelser.map((h) => h.sekvensnummer), hendelser.map((_, i) => i + 1), `${org}: ${hendelser.length} events, sequence 1..n`);
    t.equal(hendelser.length - foer[org]!, laget[org], `${org}: one event per creation and status change`);
  }
  t.comment(`${laget[ORG]! + laget[ANNEN_ORG]!} events produced by 8 clients of 2 organisations`);
});
