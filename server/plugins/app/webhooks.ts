/**
 * Webhook registrations and their delivery dispatcher (started when the app is ready, drained on close), under the
 * policy of where a webhook may deliver: never the sandbox itself, reached by PUBLIC_URL, an issuer alias or the
 * address it listens on.
 */
import fp from 'fastify-plugin';
import type { AddressInfo } from 'node:net';
import { Webhooks, STANDARD_WEBHOOK_OPTIONS } from '../../sak/webhooks.js';
import { endepunkt, WebhookPolicy, type Endepunkt } from '../../sak/webhook-policy.js';
import { dnsOppslag, Tillatelser } from '../../sak/webhook-adresser.js';

declare module 'fastify' {
  interface FastifyInstance {
    webhooks: Webhooks;
  }
}

export default fp(
  async (app) => {
    const { publicUrl, issuerAliases, webhookAllowlist, webhookTimeoutMs, webhookConcurrency } = app.config;
    const origins = [publicUrl, ...issuerAliases].map((u) => endepunkt(new URL(u)));
    const egne = (): Endepunkt[] => {
      const lytter = app.server.address() as AddressInfo | string | null;
      return typeof lytter === 'object' && lytter ? [...origins, { vert: lytter.address, port: lytter.port }] : origins;
    };
    const policy = new WebhookPolicy({
      egne,
      oppslag: dnsOppslag,
      ...(webhookAllowlist.length && { tillatt: new Tillatelser(webhookAllowlist) }),
    });
    const webhooks = new Webhooks(app.db, app.hendelser, policy, (err) => app.log.error({ err }, 'webhook delivery failed'), {
      ...STANDARD_WEBHOOK_OPTIONS,
      timeoutMs: webhookTimeoutMs,
      parallelle: webhookConcurrency,
      ider: app.ider,
    });
    app.decorate('webhooks', webhooks);
    app.addHook('onReady', async () => webhooks.start());
    app.addHook('preClose', async () => webhooks.stop());
  },
  { name: 'webhooks', dependencies: ['store', 'hendelser', 'ider'] },
);
