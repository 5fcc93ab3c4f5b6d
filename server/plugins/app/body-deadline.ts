/**
 * Node enforces requestTimeout only until the headers are in; a body that trickles in gets the same deadline here
 * (408 with the error body, connection closed).
 */
import fp from 'fastify-plugin';
import { clientError } from '../../client-error.js';

export default fp(
  async (app) => {
    const deadlineMs = app.config.requestTimeoutMs;
    app.addHook('onRequest', (request, reply, done) => {
      const timer = setTimeout(() => {
        if (request.raw.complete || reply.raw.headersSent) return;
        clientError(Object.assign(new Error('request body timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), request.raw.socket);
      }, deadlineMs).unref();
      reply.raw.once('close', () => clearTimeout(timer));
      done();
    });
  },
  { name: 'body-deadline' },
);
