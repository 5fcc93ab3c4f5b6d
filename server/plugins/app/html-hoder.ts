/**
 * Every HTML page the sandbox serves (Swagger UI at /docs, the console, the HTML conformance report) carries a
 * Content-Security-Policy that allows only its own origin's scripts, no framing and no referrer, and `nosniff`.
 * Swagger UI sets inline styles and uses data: images; nothing else needs more.
 */
import fp from 'fastify-plugin';

export const HTML_HODER: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

export default fp(
  async (app) => {
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.headers(HTML_HODER);
      done(null, payload);
    });
  },
  { name: 'html-hoder' },
);
