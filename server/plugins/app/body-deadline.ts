/**
 * Node enforces requestTimeout only until the headers are in; a body that trickles in gets the same deadline here
 * (408 with the error body, connection closed). One interval sweeps the requests in flight (a timer and a 'close'
 * listener per request cost more than the whole table).
 */
import fp from 'fastify-plugin';
import type { FastifyReply } from 'fastify';
import { clientError } from '../../client-error.js';

declare module 'fastify' {
  interface FastifyReply {
    /** This request's slot in the table of requests in flight; -1 when it has none. */
    fristPlass: number;
  }
}

interface Frist {
  reply: FastifyReply;
  /** When the body must be in (ms). */
  due: number;
}

/**
 * The requests in flight, in slots that are reused as requests finish. Not a Map keyed by reply: measured under
 * load, with a Map nearly every request's objects (its body included) were promoted out of the young generation,
 * and the event loop ran a full mark-compact every ~250 ms; with slots, two in 15,000 submissions.
 */
class InFlight {
  private readonly slots: (Frist | undefined)[] = [];
  private readonly free: number[] = [];

  add(reply: FastifyReply, due: number): void {
    const i = this.free.pop() ?? this.slots.length;
    this.slots[i] = { reply, due };
    reply.fristPlass = i;
  }

  remove(reply: FastifyReply): void {
    const i = reply.fristPlass;
    if (i < 0 || this.slots[i]?.reply !== reply) return;
    this.slots[i] = undefined;
    this.free.push(i);
    reply.fristPlass = -1;
  }

  *[Symbol.iterator](): Generator<Frist> {
    for (const frist of this.slots) if (frist) yield frist;
  }
}

export default fp(
  async (app) => {
    const deadlineMs = app.config.requestTimeoutMs;
    const inFlight = new InFlight();
    app.decorateReply('fristPlass', -1);

    const sweep = () => {
      const now = Date.now();
      for (const { reply, due } of inFlight) {
        const raw = reply.request.raw;
        if (raw.complete || reply.raw.headersSent || raw.destroyed) inFlight.remove(reply);
        else if (now >= due) {
          inFlight.remove(reply);
          clientError(Object.assign(new Error('request body timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), raw.socket, () => app.ider.uuid('korrelasjonsid'));
        }
      }
    };
    // Fires at most a quarter of the deadline late (and at least once a second).
    const timer = setInterval(sweep, Math.max(10, Math.min(1000, Math.floor(deadlineMs / 4)))).unref();

    // Only a body still on its way: not a request without one, nor an injected one (light-my-request hands over the
    // whole body at once, has no `complete` and no socket to close, and its handler may take longer than the deadline).
    app.addHook('onRequest', (request, reply, done) => {
      if (request.raw.complete === false) inFlight.add(reply, Date.now() + deadlineMs);
      done();
    });
    app.addHook('onResponse', (_request, reply, done) => {
      inFlight.remove(reply);
      done();
    });
    app.addHook('onClose', (_app, done) => {
      clearInterval(timer);
      done();
    });
  },
  { name: 'body-deadline' },
);
