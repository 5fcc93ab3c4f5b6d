-- Cases (sak) and the stored versions of their begjæring.
CREATE TABLE sak (
  id INTEGER PRIMARY KEY,
  orgnr TEXT NOT NULL,
  ekstern_saksreferanse TEXT NOT NULL UNIQUE,
  begjaeringsdato TEXT NOT NULL,
  innsender_referanse TEXT NOT NULL,
  saksstatus TEXT NOT NULL,
  namsmann_referanse TEXT NOT NULL,
  opprettet TEXT NOT NULL,
  oppdatert TEXT NOT NULL
);
-- DUPLIKAT_INNSENDING holds under concurrency because the database, not a read-then-write, decides.
CREATE UNIQUE INDEX sak_innsending ON sak (orgnr, begjaeringsdato, innsender_referanse);
CREATE INDEX sak_org ON sak (orgnr, id);

CREATE TABLE begjaering_versjon (
  sak_id INTEGER NOT NULL REFERENCES sak (id) ON DELETE CASCADE,
  versjon INTEGER NOT NULL,
  mottatt TEXT NOT NULL,
  behandlet TEXT NOT NULL DEFAULT 'ubehandlet',
  dokument TEXT NOT NULL,
  PRIMARY KEY (sak_id, versjon)
);

-- The sandbox clock: an offset from real time, and work scheduled on sandbox time (survives restarts).
CREATE TABLE klokke (id INTEGER PRIMARY KEY CHECK (id = 1), offset_ms INTEGER NOT NULL);
INSERT INTO klokke (id, offset_ms) VALUES (1, 0);

CREATE TABLE planlagt_jobb (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  forfall_ms INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX planlagt_jobb_forfall ON planlagt_jobb (forfall_ms);
