/**
 * Node enforces requestTimeout only until the headers are in; a body that trickles in gets the same deadline here
 * (408 with the error body, connection closed). One interval sweeps the requests in flight (a timer and a 'close'
 * listener per request cost more than the whole map).
 */
import fp from 'fastify-plugin';
import type { FastifyReply } from 'fastify';
import { clientError } from '../../client-error.js';

export default fp(
  async (app) => {
    const deadlineMs = app.config.requestTimeoutMs;
    /** Requests in flight (by their reply) and when their body must be in. */
    const inFlight = new Map<FastifyReply, number>();

    const sweep = () => {
      const now = Date.now();
      for (const [reply, due] of inFlight) {
        const raw = reply.request.raw;
        if (raw.complete || reply.raw.headersSent || raw.destroyed) inFlight.delete(reply);
        else if (now >= due) {
          inFlight.delete(reply);
          clientError(Object.assign(new Error('request body timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), raw.socket);
        }
      }
    };
    // Fires at most a quarter of the deadline late (and at least once a second).
    const timer = setInterval(sweep, Math.max(10, Math.min(1000, Math.floor(deadlineMs / 4)))).unref();

    app.addHook('onRequest', (_request, reply, done) => {
      inFlight.set(reply, Date.now() + deadlineMs);
      done();
    });
    app.addHook('onResponse', (_request, reply, done) => {
      inFlight.delete(reply);
      done();
    });
    app.addHook('onClose', (_app, done) => {
      clearInterval(timer);
      inFlight.clear();
      done();
    });
  },
  { name: 'body-deadline' },
);
