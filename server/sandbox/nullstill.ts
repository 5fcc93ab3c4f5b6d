/**
 * Sandbox reset (modelled, SPEC §9): removes everything one organisation has made — cases and their versions,
 * attachments (rows and files), events, webhooks (and their outbox), the request log with the report's counters,
 * armed faults, pending clock jobs and the clock's offset (its time is the base clock's again: nothing it made is
 * left to be out of step) — and nothing of any other organisation. Clients and signing keys stay.
 */
import type { FastifyInstance } from 'fastify';

export interface Nullstilling {
  orgnr: string;
  saker: number;
  versjoner: number;
  vedlegg: number;
  hendelser: number;
  webhooks: number;
  logg: number;
  feil: number;
}

export function nullstill(app: FastifyInstance, orgnr: string): Nullstilling {
  const { db } = app;
  const antall = (sql: string) => db.prepare(sql).pluck().get(orgnr) as number;
  const slett = (sql: string) => db.prepare(sql).run(orgnr).changes;
  return db.transaction((): Nullstilling => {
    const versjoner = antall('SELECT count(*) FROM begjaering_versjon WHERE sak_id IN (SELECT id FROM sak WHERE orgnr = ?)');
    const vedlegg = antall('SELECT count(*) FROM vedlegg WHERE orgnr = ?');
    // Pending jobs too: a later case may reuse a deleted case's row id.
    app.clock.forget(orgnr);
    const nullstilling: Nullstilling = {
      orgnr,
      saker: slett('DELETE FROM sak WHERE orgnr = ?'),
      versjoner,
      vedlegg,
      hendelser: slett('DELETE FROM hendelse WHERE orgnr = ?'),
      webhooks: slett('DELETE FROM webhook WHERE orgnr = ?'),
      logg: app.forespoerselslogg.slett(orgnr),
      feil: app.feilinjeksjoner.slett(orgnr),
    };
    slett('DELETE FROM webhook_levering WHERE orgnr = ?');
    app.vedlegg.reset(orgnr);
    return nullstilling;
  })();
}
