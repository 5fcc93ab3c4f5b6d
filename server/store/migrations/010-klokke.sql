-- The sandbox clock per organisation (issue 21): one organisation's time travel moved every organisation's cases.
-- An organisation without a row is at offset 0 (the base clock: real time, or SANDBOX_START in deterministic mode).
CREATE TABLE klokke_org (
  orgnr TEXT PRIMARY KEY,
  offset_ms INTEGER NOT NULL
) WITHOUT ROWID;

-- The old global offset applies to every organisation that has data, so nothing it made jumps back in time.
INSERT INTO klokke_org (orgnr, offset_ms)
  SELECT orgnr, (SELECT offset_ms FROM klokke WHERE id = 1) FROM (
    SELECT orgnr FROM sak UNION SELECT orgnr FROM vedlegg UNION SELECT orgnr FROM hendelse
    UNION SELECT orgnr FROM webhook UNION SELECT orgnr FROM forespoersel_logg WHERE orgnr IS NOT NULL
    UNION SELECT orgnr FROM samsvar_teller UNION SELECT orgnr FROM feilinjeksjon
    UNION SELECT orgnr FROM betjeningskart_oppslag UNION SELECT orgnr FROM maskinporten_client
  )
  WHERE (SELECT offset_ms FROM klokke WHERE id = 1) <> 0;
DROP TABLE klokke;

-- A job carries its organisation and falls due on its time (forfall_ms is on that organisation's clock). The jobs
-- so far were on the global clock, which is now the time of every organisation with data: forfall_ms stays. A job
-- whose case or attachment is gone would do nothing and is dropped.
CREATE TABLE planlagt_jobb_ny (
  id INTEGER PRIMARY KEY,
  orgnr TEXT NOT NULL,
  type TEXT NOT NULL,
  forfall_ms INTEGER NOT NULL,
  data TEXT NOT NULL
);
INSERT INTO planlagt_jobb_ny (id, orgnr, type, forfall_ms, data)
  SELECT j.id, coalesce(s.orgnr, v.orgnr), j.type, j.forfall_ms, j.data FROM planlagt_jobb j
  LEFT JOIN sak s ON j.type = 'sak.steg' AND s.id = json_extract(j.data, '$.sakId')
  LEFT JOIN vedlegg v ON j.type LIKE 'vedlegg.%' AND v.uuid = json_extract(j.data, '$.uuid')
  WHERE coalesce(s.orgnr, v.orgnr) IS NOT NULL;
DROP TABLE planlagt_jobb;
ALTER TABLE planlagt_jobb_ny RENAME TO planlagt_jobb;
-- The runner takes each organisation's due jobs in turn, oldest first.
CREATE INDEX planlagt_jobb_org_forfall ON planlagt_jobb (orgnr, forfall_ms);

-- The betjeningskart lookups settle on their organisation's time, one organisation at a time.
DROP INDEX betjeningskart_oppslag_tid;
CREATE INDEX betjeningskart_oppslag_tid ON betjeningskart_oppslag (orgnr, tidspunkt);
