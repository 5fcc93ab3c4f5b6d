/**
 * Wrong methods (issue 22): over every registered route, enumerated from `app.printRoutes()`, a method the path does
 * not answer to is 405 with `Allow` naming the methods it does (RFC 9110 §15.5.6) and the usual error body — not
 * 404, which stays for paths no route has.
 */
import t from 'tap';
import { testApp } from '../helpers.js';

const METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'] as const;

interface Route {
  pattern: string;
  methods: string[];
}

/** The routes of `printRoutes()`: each line an edge of the radix tree under its parent, with the methods ending there. */
function parseRoutes(printed: string): Route[] {
  const stack: string[] = [];
  const routes: Route[] = [];
  for (const line of printed.split('\n').filter((l) => l.trim())) {
    const m = /^((?:[│ ] {3})*)[├└]── (.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) throw new Error(`cannot read the route line ${JSON.stringify(line)}`);
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    if (m[3] && m[3] !== '-') routes.push({ pattern: stack.join(''), methods: m[3].split(', ') });
  }
  return routes;
}

/** A path that the pattern matches: each parameter and wildcard filled in. */
const concrete = (pattern: string) => pattern.replace(/:[^/]+/g, 'p1x').replace(/\*$/, 'x');
/** What the pattern matches, as Fastify's router does (a parameter may be empty: /vedlegg/ is /vedlegg/:uuid). */
const matcher = (pattern: string) =>
  new RegExp(`^${pattern.replace(/:[^/]+|\*$|[.+?^${}()|[\]\\]/g, (m) => (m === '*' ? '.*' : m[0] === ':' ? '[^/]*' : `\\${m}`))}$`);

t.test('the route listing is read as printed', async (t) => {
  const printed = [
    '└── /',
    '    ├── docs (GET, HEAD)',
    '    │   └── / (GET, HEAD)',
    '    │       └── static/',
    '    │           └── * (HEAD, GET)',
    '    └── sandbox/saker/',
    '        └── :ref/status (POST)',
  ].join('\n');
  t.same(parseRoutes(printed), [
    { pattern: '/docs', methods: ['GET', 'HEAD'] },
    { pattern: '/docs/', methods: ['GET', 'HEAD'] },
    { pattern: '/docs/static/*', methods: ['HEAD', 'GET'] },
    { pattern: '/sandbox/saker/:ref/status', methods: ['POST'] },
  ]);
  t.ok(matcher('/sandbox/saker/:ref/status').test(concrete('/sandbox/saker/:ref/status')));
  t.notOk(matcher('/sandbox/saker/:ref/status').test('/sandbox/saker/a/b/status'));
  t.ok(matcher('/vedlegg/:uuid').test('/vedlegg/'), 'an empty parameter');
  t.ok(matcher('/docs/static/*').test('/docs/static/a/b.css'));
  t.notOk(matcher('/openapi.json').test('/openapiXjson'));
});

t.test('every other method on every registered route is 405 with Allow and the error body', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const routes = parseRoutes(app.printRoutes());
  t.ok(routes.length >= 40, `${routes.length} routes`);
  for (const versjon of ['v1', 'v2']) t.ok(routes.some((r) => r.pattern.startsWith(`/api/utleggsbegjaering/${versjon}/`)), `the /${versjon} routes among them`);
  let checked = 0;
  for (const { pattern } of routes) {
    const path = concrete(pattern);
    const allowed = [...new Set(routes.filter((r) => matcher(r.pattern).test(path)).flatMap((r) => r.methods))].sort();
    for (const method of METHODS.filter((m) => !allowed.includes(m))) {
      const res = await app.inject({ method, url: path });
      const where = `${method} ${path}`;
      t.equal(res.statusCode, 405, where);
      t.equal(res.headers.allow, allowed.join(', '), `${where}: Allow`);
      if (method !== 'HEAD') t.match(res.json(), { kode: 'SANDBOX-405', status: 405, instance: path, korrelasjonsid: res.headers.korrelasjonsid }, `${where}: body`);
      checked++;
    }
  }
  t.ok(checked >= 150, `${checked} wrong methods answered`);
});

t.test('405 follows Accept, ignores the query, and an unknown path stays 404', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const xml = await app.inject({ method: 'GET', url: '/maskinporten/token?x=1', headers: { accept: 'application/xml' } });
  t.equal(xml.statusCode, 405);
  t.equal(xml.headers.allow, 'POST');
  t.match(xml.body, /<kode>SANDBOX-405<\/kode>/);
  const v2 = await app.inject({ method: 'GET', url: '/api/utleggsbegjaering/v2/betjeningskart' });
  t.equal(v2.statusCode, 405, 'a /v2 route, before its token is asked for');
  t.equal(v2.headers.allow, 'POST');
  const unknown = await app.inject({ method: 'POST', url: '/finnes-ikke' });
  t.equal(unknown.statusCode, 404);
  t.equal(unknown.headers.allow, undefined);
});
