-- Sandbox controls (SPEC §9): the request log, the conformance counters and injected faults.

-- The request log, bounded per organisation (LOGG_MAKS; the oldest are pruned). orgnr is NULL when the caller
-- could not be told (a request without a token). koder: JSON array of the error code and rule codes of the
-- answer; feil: the error body exactly as sent (4xx/5xx only).
CREATE TABLE forespoersel_logg (
  id INTEGER PRIMARY KEY,
  orgnr TEXT,
  tidspunkt TEXT NOT NULL,
  metode TEXT NOT NULL,
  sti TEXT NOT NULL,
  status INTEGER NOT NULL,
  korrelasjonsid TEXT NOT NULL,
  varighet_ms REAL NOT NULL,
  koder TEXT NOT NULL DEFAULT '[]',
  ukjente_felt TEXT,
  feil TEXT,
  feil_type TEXT
);
CREATE INDEX forespoersel_logg_org ON forespoersel_logg (orgnr, id);

-- The conformance report's counters: flows (art 'flyt') and rule/error codes (art 'kode') per organisation.
-- Never pruned with the log, so the report outlives LOGG_MAKS.
CREATE TABLE samsvar_teller (
  orgnr TEXT NOT NULL,
  art TEXT NOT NULL CHECK (art IN ('flyt', 'kode')),
  navn TEXT NOT NULL,
  antall INTEGER NOT NULL,
  sist TEXT NOT NULL,
  PRIMARY KEY (orgnr, art, navn)
) WITHOUT ROWID;

-- Faults armed through POST /sandbox/feil: the next `gjenstaaende` API requests of the organisation (under `sti`).
CREATE TABLE feilinjeksjon (
  id INTEGER PRIMARY KEY,
  orgnr TEXT NOT NULL,
  antall INTEGER NOT NULL,
  gjenstaaende INTEGER NOT NULL,
  status INTEGER,
  forsinkelse_ms INTEGER,
  retry_after_sekunder INTEGER,
  sti TEXT,
  opprettet TEXT NOT NULL
);
CREATE INDEX feilinjeksjon_org ON feilinjeksjon (orgnr, id);
