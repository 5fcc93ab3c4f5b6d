-- Deterministic mode (SANDBOX_SEED): each start of the app on this database is a new generation of the seeded
-- identifier sequence, so a restart never hands out an identifier a previous run already stored.
CREATE TABLE ider_generasjon (id INTEGER PRIMARY KEY CHECK (id = 1), generasjon INTEGER NOT NULL);
INSERT INTO ider_generasjon (id, generasjon) VALUES (1, 0);
