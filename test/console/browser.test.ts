/**
 * The console in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): mint a token in the page,
 * submit the official example through the API, find the case, decide it with the buttons, look at the log and the
 * report. Saves test-output/console.png (and -logg, -rapport). Cases move only by the buttons (sakStegMs 0).
 */
import t from 'tap';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildApp } from '../../server/app.js';
import { ROOT } from '../../server/paths.js';
import { API, example, testConfig } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ORG = '312597772';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const tekst = (page: Page, selector: string, forventet: string) =>
  page.waitForFunction(([s, f]) => document.querySelector(s!)?.textContent?.includes(f!) === true, [selector, forventet], { timeout: 10_000 });

t.test('the console drives a case from submission to decision', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium)` }, async (t) => {
  const app = await buildApp(testConfig({ sakStegMs: 0 }));
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

  // The integration's part, through the API with the page's token.
  const headers = { authorization: `Bearer ${token}` };
  const begjaering = await lastOppVedleggFor(app, token!, example('enkel'));
  const innsendt = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering });
  t.equal(innsendt.statusCode, 201, innsendt.body);
  const ref = (innsendt.json() as { eksternSaksreferanse: string }).eksternSaksreferanse;
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
  const status = await app.inject({ method: 'GET', url: `${API}/status/${ref}`, headers });
  t.equal(status.json().saksstatus, 'sakBesluttet', 'the API agrees');

  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'test-output/console.png'), fullPage: true });

  // The log shows the whole 422 on a click.
  await page.click('nav [data-fane="logg"]');
  const loggRad = page.locator('#logg tbody tr.klikk', { hasText: '422' }).first();
  await loggRad.waitFor();
  await loggRad.click();
  await tekst(page, '#logg tbody tr.detaljer:not([hidden]) pre', 'MANGLER_KRAV');
  await page.screenshot({ path: join(ROOT, 'test-output/console-logg.png'), fullPage: true });

  await page.click('nav [data-fane="rapport"]');
  await tekst(page, '#rapport-sum', 'av 15 punkter');
  t.match(await page.textContent('#regler-utloest'), /MANGLER_KRAV/);
  await page.screenshot({ path: join(ROOT, 'test-output/console-rapport.png'), fullPage: true });

  t.same(fremmede, [], 'no request leaves the sandbox');
  t.same(feil, [], 'no script error');
});
