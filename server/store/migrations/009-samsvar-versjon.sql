-- The API version of each logged request and of each conformance counter (modelled, server/sandbox/samsvar.ts), and
-- the betjeningskart lookups the report holds submissions against.

-- 'v1' or 'v2'; NULL outside the API (Maskinporten, sandbox controls). Rows logged before: the version their path
-- names (GLOB is case-sensitive, as the API's own prefix check).
ALTER TABLE forespoersel_logg ADD COLUMN versjon TEXT;
UPDATE forespoersel_logg SET versjon = 'v1' WHERE sti = '/api/utleggsbegjaering/v1' OR sti GLOB '/api/utleggsbegjaering/v1/*';
UPDATE forespoersel_logg SET versjon = 'v2' WHERE sti = '/api/utleggsbegjaering/v2' OR sti GLOB '/api/utleggsbegjaering/v2/*';

-- The counters per version: '' for none (the token endpoints, and what was counted before versions were: those
-- counts stay in the report's totals); art 'avvik' counts a checkpoint done wrong (a submission without its
-- betjeningskart lookup, an unnecessary lookup). A key column cannot be added in place, so the table is rebuilt.
CREATE TABLE samsvar_teller_ny (
  orgnr TEXT NOT NULL,
  art TEXT NOT NULL CHECK (art IN ('flyt', 'avvik', 'kode')),
  navn TEXT NOT NULL,
  versjon TEXT NOT NULL DEFAULT '',
  antall INTEGER NOT NULL,
  sist TEXT NOT NULL,
  PRIMARY KEY (orgnr, art, navn, versjon)
) WITHOUT ROWID;
INSERT INTO samsvar_teller_ny (orgnr, art, navn, antall, sist) SELECT orgnr, art, navn, antall, sist FROM samsvar_teller;
DROP TABLE samsvar_teller;
ALTER TABLE samsvar_teller_ny RENAME TO samsvar_teller;

-- Betjeningskart lookups answered `nytt`, one row per identifier, while a submission may still follow them (the
-- window of server/sandbox/oppslag.ts). A row leaves when its window has passed: counted then as unnecessary unless
-- a submission named the identifier (brukt).
CREATE TABLE betjeningskart_oppslag (
  id INTEGER PRIMARY KEY,
  orgnr TEXT NOT NULL,
  versjon TEXT NOT NULL,
  identifikator TEXT NOT NULL,
  tidspunkt TEXT NOT NULL,
  brukt INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX betjeningskart_oppslag_id ON betjeningskart_oppslag (orgnr, identifikator, tidspunkt);
CREATE INDEX betjeningskart_oppslag_tid ON betjeningskart_oppslag (tidspunkt);
