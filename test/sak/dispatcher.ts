/** A webhook dispatcher in place of the app's own (which still writes the outbox rows): its own options and resolver. */
import type { FastifyInstance } from 'fastify';
import type { Test } from 'tap';
import { dnsOppslag, type Oppslag } from '../../server/sak/webhook-adresser.js';
import { WebhookPolicy } from '../../server/sak/webhook-policy.js';
import { STANDARD_WEBHOOK_OPTIONS, Webhooks, type WebhookOptions } from '../../server/sak/webhooks.js';

export async function egenDispatcher(t: Test, app: FastifyInstance, options: Partial<WebhookOptions>, oppslag: Oppslag = dnsOppslag): Promise<Webhooks> {
  await app.webhooks.stop();
  const policy = new WebhookPolicy({ egne: () => [], oppslag });
  const webhooks = new Webhooks(app.db, app.hendelser, policy, (err) => t.error(err), { ...STANDARD_WEBHOOK_OPTIONS, ...options });
  webhooks.start();
  t.teardown(() => webhooks.stop());
  return webhooks;
}
