/** /console: the page and its two assets are served from this origin only, under a strict CSP. */
import t from 'tap';
import { testApp } from '../helpers.js';

t.test('the page, its module and its stylesheet', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const side = await app.inject({ method: 'GET', url: '/console', headers: { accept: 'text/html' } });
  t.equal(side.statusCode, 200);
  t.match(side.headers['content-type'], /^text\/html/);
  t.match(side.headers['content-security-policy'], /default-src 'self'/);
  t.match(side.body, /<script type="module" src="\/console\/console.js"><\/script>/);

  const js = await app.inject({ method: 'GET', url: '/console/console.js' });
  t.match(js.headers['content-type'], /^text\/javascript/);
  const css = await app.inject({ method: 'GET', url: '/console/console.css' });
  t.match(css.headers['content-type'], /^text\/css/);

  for (const [navn, innhold] of [['index.html', side.body], ['console.js', js.body], ['console.css', css.body]] as const) {
    t.notMatch(innhold, /(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i, `${navn} names no other host`);
    t.notMatch(innhold, /@import|url\(/, `${navn} loads nothing more`);
  }
  t.match(js.body, /'\/sandbox\/oversikt\/saker'/, 'the module uses the sandbox listings');
  t.match(side.body, /<h3>Tidslinje <span class="modellert" id="hendelser-modellert">modellert<\/span><\/h3>/, 'the events are labelled modelled');
  t.match(js.body, /st\.alminneligNamsmannsReferanse/, 'the status\'s key for the UTLBGJ reference');
});

t.test('any other file is 404 with the error body', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  for (const url of ['/console/passwd', '/console/..%2Fpackage.json', '/console/index.ts']) {
    const res = await app.inject({ method: 'GET', url });
    t.equal(res.statusCode, 404, url);
    t.equal(res.json().kode, 'KB-003', url);
  }
});
