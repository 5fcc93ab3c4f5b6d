-- The information model each submitted version was written in (0.9 through /v1, 2.0 through /v2): status and the
-- stored begjæring are read through it.
ALTER TABLE begjaering_versjon ADD COLUMN modell TEXT NOT NULL DEFAULT '0.9';
