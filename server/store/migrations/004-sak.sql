-- Case lifecycle (SPEC §6): the decision, when a submission was processed, the event feed and webhooks.
ALTER TABLE sak ADD COLUMN beslutning TEXT;
ALTER TABLE sak ADD COLUMN beslutningsdato TEXT;
ALTER TABLE sak ADD COLUMN status_endret TEXT;
ALTER TABLE begjaering_versjon ADD COLUMN behandlet_tidspunkt TEXT;
CREATE INDEX begjaering_versjon_ubehandlet ON begjaering_versjon (sak_id) WHERE behandlet = 'ubehandlet';

-- The event feed: per organisation, gap-free sequence numbers (next = max + 1 in the writing transaction;
-- the primary key refuses a second writer of the same number).
CREATE TABLE hendelse (
  orgnr TEXT NOT NULL,
  sekvensnummer INTEGER NOT NULL,
  hendelse_id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  tidspunkt TEXT NOT NULL,
  ekstern_saksreferanse TEXT,
  vedlegg_uuid TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (orgnr, sekvensnummer)
);

CREATE TABLE webhook (
  id TEXT PRIMARY KEY,
  orgnr TEXT NOT NULL,
  url TEXT NOT NULL,
  hendelsestyper TEXT,
  hemmelighet TEXT NOT NULL,
  opprettet TEXT NOT NULL
);
CREATE INDEX webhook_org ON webhook (orgnr);

-- The durable outbox: one row per (webhook, event), written with the event, retried until delivered or given up.
CREATE TABLE webhook_levering (
  id INTEGER PRIMARY KEY,
  webhook_id TEXT NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
  orgnr TEXT NOT NULL,
  sekvensnummer INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'venter',
  forsoek INTEGER NOT NULL DEFAULT 0,
  neste_forsoek_ms INTEGER NOT NULL,
  siste_feil TEXT,
  UNIQUE (webhook_id, sekvensnummer)
);
CREATE INDEX webhook_levering_forfall ON webhook_levering (neste_forsoek_ms) WHERE status = 'venter';
