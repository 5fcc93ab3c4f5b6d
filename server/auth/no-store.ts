/**
 * RFC 6749 §5.1: a response carrying a token is not to be cached (`Cache-Control: no-store`, `Pragma: no-cache`).
 * A route-level onRequest hook of every token route, so that its error answers carry the headers too.
 */
import type { onRequestHookHandler } from 'fastify';

export const noStore: onRequestHookHandler = (_request, reply, done) => {
  reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
  done();
};
