/**
 * Every HTML page the sandbox serves (Swagger UI at /docs, the console, the HTML conformance report) carries a
 * Content-Security-Policy that allows only its own origin's scripts and no framing, no referrer, and `nosniff`. A page
 * that sets a stricter policy of its own (the console) keeps it; Swagger UI and the report need inline styles.
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
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        for (const [navn, verdi] of Object.entries(HTML_HODER)) if (!reply.hasHeader(navn)) reply.header(navn, verdi);
      }
      done(null, payload);
    });
  },
  { name: 'html-hoder' },
);
