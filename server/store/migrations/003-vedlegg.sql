-- Uploaded attachments (vedlegg), tenant-scoped. The files live beside the database (server/vedlegg/lager.ts):
-- the upload as received and, once konvertert, the PDF. A row outlives its files (slettet, kassert) so the
-- VEDLEGG_* rules can name the reason.
CREATE TABLE vedlegg (
  uuid TEXT PRIMARY KEY,
  orgnr TEXT NOT NULL,
  type TEXT NOT NULL,
  filnavn TEXT NOT NULL,
  innsender_referanse TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('mottatt', 'virussjekket', 'validert', 'konvertert', 'inneholderVirus',
    'kanIkkeKonverteres', 'konverteringFeilet', 'valideringFeilet', 'slettet', 'kassert')),
  storrelse INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  opprettet TEXT NOT NULL,
  oppdatert TEXT NOT NULL
);
CREATE INDEX vedlegg_org ON vedlegg (orgnr, opprettet);
-- Restart recovery looks for attachments still in processing.
CREATE INDEX vedlegg_status ON vedlegg (status);
