-- Uploaded attachments (vedlegg), tenant-scoped; the file itself lives beside the database (see server/vedlegg).
CREATE TABLE vedlegg (
  uuid TEXT PRIMARY KEY,
  orgnr TEXT NOT NULL,
  type TEXT NOT NULL,
  filnavn TEXT NOT NULL,
  innsender_referanse TEXT NOT NULL,
  status TEXT NOT NULL,
  opprettet TEXT NOT NULL,
  oppdatert TEXT NOT NULL
);
CREATE INDEX vedlegg_org ON vedlegg (orgnr, opprettet);
