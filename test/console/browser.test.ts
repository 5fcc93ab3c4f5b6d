/**
 * The console in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): mint a token in the page,
 * submit the 2.0 example through /v2 (after a betjeningskart lookup), find the case, decide it with the buttons, look
 * at the log and the report under each API version (v2 by default), open a PDF through the picked version. Saves
 * test-output/console.png (and -logg, -rapport). Cases move only by the buttons (sakStegMs 0).
 */
import t from 'tap';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from '../../server/paths.js';
import { API, API_V2, example, testApp } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ORG = '312597772';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const tekst = (page: Page, selector: string, forventet: string) =>
  page.waitForFunction(([s, f]) => document.querySelector(s!)?.textContent?.includes(f!) === true, [selector, forventet], { timeout: 10_000 });

/** Waits until the log shows rows and every one's version is `versjon`; returns the versions shown. */
async function loggVersjoner(page: Page, versjon: string): Promise<string[]> {
  await page.waitForFunction(
    (v) => {
      const celler = [...document.querySelectorAll('#logg tbody td.versjon')];
      return celler.length > 0 && celler.every((c) => c.textContent === v);
    },
    versjon,
    { timeout: 10_000 },
  );
  return page.$$eval('#logg tbody td.versjon', (celler) => celler.map((c) => c.textContent ?? ''));
}

async function velgVersjon(page: Page, versjon: string): Promise<void> {
  await page.selectOption('#versjon', versjon);
  await tekst(page, '.valgt-versjon', versjon);
}

t.test('the console drives a case from submission to decision', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium)` }, async (t) => {
  const app = await testApp({ sakStegMs: 0 });
  t.teardown(() => app.close());
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  t.teardown(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const fremmede: string[] = [];
  const feil: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) fremmede.push(r.url());
  });
  page.on('pageerror', (err) => feil.push(err.message));

  await page.goto(`${base}/console`);
  await page.fill('#orgnr', ORG);
  await page.click('#lag-token');
  await tekst(page, '#hvem', `Organisasjon ${ORG}`);
  const token = await page.evaluate(() => sessionStorage.getItem('sandbox.token'));
  t.ok(token, 'the token is kept in sessionStorage');
  t.equal(await page.inputValue('#versjon'), 'v2', 'v2 is picked by default');
  await tekst(page, '#saker-tom', `POST ${API_V2}/utleggsbegjaering`);

  // The integration's part, through the API with the page's token: /v2 as vendors integrate today, a 422 at /v1.
  const headers = { authorization: `Bearer ${token}` };
  const begjaering = await lastOppVedleggFor(app, token!, example('enkel', '2.0'), { api: API_V2 });
  const saksoekt = (begjaering.saksoekt as { saksoekt: { person: { identifikator: { verdi: string } } } }[])[0]!.saksoekt.person.identifikator.verdi;
  t.equal((await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering/valider`, headers, payload: begjaering })).statusCode, 204);
  t.equal((await app.inject({ method: 'POST', url: `${API_V2}/betjeningskart`, headers, payload: { identifikatorer: [saksoekt] } })).statusCode, 200);
  const innsendt = await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering`, headers, payload: begjaering });
  t.equal(innsendt.statusCode, 201, innsendt.body);
  const ref = (innsendt.json() as { eksternSaksreferanse: string }).eksternSaksreferanse;
  t.equal((await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering/valider`, headers, payload: {} })).statusCode, 400);
  t.equal((await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers, payload: {} })).statusCode, 422);

  await page.click('#oppdater');
  const rad = page.locator(`#saker tr[data-ref="${ref}"]`);
  await rad.waitFor();
  t.match(await rad.textContent(), /sakOpprettet/);
  await rad.click();
  await tekst(page, '#sak-saksstatus', 'sakOpprettet');

  for (const saksstatus of ['sakUnderBehandling', 'sakForelagt', 'sakBesluttet']) {
    await page.selectOption('#ny-status', saksstatus);
    if (saksstatus === 'sakBesluttet') await page.selectOption('#beslutning', 'utleggstrekk');
    await page.click('#sett-status');
    await tekst(page, '#sak-saksstatus', saksstatus);
  }
  await tekst(page, '#sak-beslutning', 'utleggstrekk');
  await tekst(page, `#saker tr[data-ref="${ref}"]`, 'sakBesluttet');
  t.match(await page.textContent('#tidslinje'), /sakOpprettet.*sakUnderBehandling.*sakForelagt.*sakBesluttet/s, 'the timeline');
  t.ok(await page.isVisible('#hendelser-modellert'), 'the events are labelled modelled');
  t.match(await page.textContent('#sak'), /Skatteetaten varsler om nye meldinger gjennom Altinn Dialogporten/);
  t.match(await page.textContent('#sak-an-referanse'), /^UTLBGJ\/\d{4}\/\d+$/, 'the alminnelig namsmann\'s reference');
  t.match(await page.textContent('#versjoner'), /Versjon 1 · modell 2\.0/, 'the version says its model');
  const status = await app.inject({ method: 'GET', url: `${API_V2}/status/${ref}`, headers });
  t.equal(status.json().saksstatus, 'sakBesluttet', 'the API agrees');

  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'test-output/console.png'), fullPage: true });

  // The log shows the picked version's calls; under v1 the whole 422 on a click; every call when asked.
  await page.click('nav [data-fane="logg"]');
  const v2 = await loggVersjoner(page, 'v2');
  t.ok(v2.length >= 4, `the /v2 calls: ${v2.length}`);
  // By the status cell: a row's korrelasjonsid may hold the digits 422 too.
  const status422 = page.locator('td:nth-child(4)', { hasText: /^422$/ });
  t.notOk(await page.locator('#logg tbody tr').filter({ has: status422 }).count(), 'the /v1 422 is not among them');
  await velgVersjon(page, 'v1');
  await loggVersjoner(page, 'v1');
  const loggRad = page.locator('#logg tbody tr.klikk').filter({ has: status422 }).first();
  await loggRad.click();
  await tekst(page, '#logg tbody tr.detaljer:not([hidden]) pre', 'MANGLER_KRAV');
  await page.screenshot({ path: join(ROOT, 'test-output/console-logg.png'), fullPage: true });
  await page.check('#logg-filter [name="alle"]');
  await page.click('#logg-filter button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('#logg tbody td.versjon').length > 0 && [...document.querySelectorAll('#logg tbody td.versjon')].some((c) => c.textContent === '–'));
  const alle = new Set(await page.$$eval('#logg tbody td.versjon', (celler) => celler.map((c) => c.textContent)));
  t.same([...alle].sort(), ['v1', 'v2', '–'], 'both versions and the calls outside the API');

  // The report under v1: what /v1 calls did; the test environment is /v2's alone. Then under v2.
  await page.click('nav [data-fane="rapport"]');
  await tekst(page, '#rapport-sum', 'av 19 punkter er prøvd under v1 (modell 0.9)');
  t.match(await page.textContent('#rapport-sum'), /Versjoner brukt: v2, v1\. Modus: livssyklus\./);
  t.equal(await page.getAttribute('#rapport tr[data-id="testmiljoe"]', 'class'), 'ikke-aktuell');
  t.match(await page.textContent('#regler-utloest'), /MANGLER_KRAV/);
  await velgVersjon(page, 'v2');
  await tekst(page, '#rapport-sum', 'av 20 punkter er prøvd under v2 (modell 2.0)');
  for (const id of ['testmiljoe', 'vedlegg', 'validering', 'betjeningskart', 'innsending']) {
    t.equal(await page.getAttribute(`#rapport tr[data-id="${id}"]`, 'class'), 'ok', `${id} met under v2`);
  }
  t.equal(await page.getAttribute('#rapport tr[data-id="feil422"]', 'class'), 'mangler', 'the 422 was /v1\'s');
  t.notMatch(await page.textContent('#regler-utloest'), /MANGLER_KRAV/);
  await page.screenshot({ path: join(ROOT, 'test-output/console-rapport.png'), fullPage: true });

  // A converted attachment's PDF is fetched through the picked version.
  await page.click('nav [data-fane="vedlegg"]');
  const pdf = page.locator('#vedlegg tbody button', { hasText: 'PDF' }).first();
  await pdf.waitFor();
  const [foresporsel] = await Promise.all([page.waitForRequest((r) => r.url().includes('/innhold')), pdf.click()]);
  t.match(new URL(foresporsel.url()).pathname, new RegExp(`^${API_V2}/vedlegg/[^/]+/innhold$`));
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  t.match(foresporsel.headers(), { klientid: 'sandbox-konsoll', korrelasjonsid: uuid, meldingsid: uuid }, 'the headers the published specification requires');

  t.same(fremmede, [], 'no request leaves the sandbox');
  t.same(feil, [], 'no script error');
});
