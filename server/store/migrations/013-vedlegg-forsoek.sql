-- Attachment processing within limits (docs/vedlegg-grenser.md). feilaarsak: why processing ended in a failed
-- status, for the vendor (GET /vedlegg/{uuid}). forsoek: how often the current step has started; counted before it
-- runs, so a file that takes the process down with it ends failed after VEDLEGG_MAKS_FORSOEK starts instead of
-- running again at every start.
ALTER TABLE vedlegg ADD COLUMN feilaarsak TEXT;
ALTER TABLE vedlegg ADD COLUMN forsoek INTEGER NOT NULL DEFAULT 0;
