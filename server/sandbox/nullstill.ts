/**
 * Sandbox reset (modelled, SPEC §9): removes everything one organisation has made — cases and their versions,
 * attachments (rows and files), events, webhooks (and their outbox), the request log with the report's counters,
 * armed faults — and nothing of any other organisation. Clients and signing keys stay.
 */
import type { FastifyInstance } from 'fastify';
import { STEG_JOBB } from '../sak/saksbehandling.js';

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
    // Pending case steps first: a later case may reuse a deleted case's row id.
    db.prepare(`DELETE FROM planlagt_jobb WHERE type = ? AND json_extract(data, '$.sakId') IN (SELECT id FROM sak WHERE orgnr = ?)`)
      .run(STEG_JOBB, orgnr);
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
