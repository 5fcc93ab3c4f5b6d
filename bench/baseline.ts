/**
 * The bench's yardstick: a bare Fastify server whose one route parses the same JSON body (same body limit) and
 * answers 204. Run as its own process (PORT, HOST from the environment), with /health so it starts like the sandbox.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 4 * 1024 * 1024 });
app.post('/valider', async (request, reply) => {
  if (typeof request.body !== 'object' || request.body === null) return reply.code(400).send();
  return reply.code(204).send();
});
app.get('/health', async () => ({ status: 'ok' }));

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
