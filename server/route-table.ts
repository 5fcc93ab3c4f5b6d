/**
 * Which methods each registered path answers to, for the 405 answer with its `Allow` header (RFC 9110 §15.5.6) that
 * plugins/app/errors.ts gives instead of a 404 when the path exists under other methods. Routes are collected with an
 * onRoute hook and matched by a router of their own, built at the first unknown method (never on the routed path).
 */
import Router from 'find-my-way';
import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify';

type Method = Router.HTTPMethod;

export class RouteTable {
  /** url pattern → its methods (a route can be reported twice: the HEAD route of a GET one at prefix + '/'). */
  private readonly routes = new Map<string, Set<Method>>();
  private router: Router.Instance<Router.HTTPVersion.V1> | undefined;

  /** Collects every route registered on `app` from now on (add it before any plugin registers one). */
  static of(app: FastifyInstance): RouteTable {
    const table = new RouteTable();
    app.addHook('onRoute', (route) => table.add(route));
    return table;
  }

  add(route: Pick<RouteOptions, 'url' | 'method' | 'prefixTrailingSlash'> & { prefix: string; routePath: string }): void {
    const methods = ([] as HTTPMethods[]).concat(route.method).map((m) => m.toUpperCase() as Method);
    const urls = [route.url];
    // A route at '/' under a prefix is also served at prefix + '/' ('both', the default), without an onRoute call.
    if (route.routePath === '' && route.prefix && (route.prefixTrailingSlash ?? 'both') === 'both') urls.push(`${route.url}/`);
    for (const url of urls) {
      const known = this.routes.get(url) ?? new Set<Method>();
      for (const m of methods) known.add(m);
      this.routes.set(url, known);
    }
    this.router = undefined;
  }

  /** The methods some route answers to at this path (the query is ignored), in a fixed order; empty when none. */
  allowed(path: string): string[] {
    const router = (this.router ??= this.build());
    const methods = new Set([...this.routes.values()].flatMap((m) => [...m]));
    return [...methods].filter((m) => router.find(m, path) !== null).sort();
  }

  /** Matching as Fastify's own router does with Fastify's defaults (case-sensitive, trailing slash significant). */
  private build(): Router.Instance<Router.HTTPVersion.V1> {
    const router = Router({ maxParamLength: 100 });
    for (const [url, methods] of this.routes) router.on([...methods], url, () => undefined);
    return router;
  }
}
