-- An attachment's outcome event names the case its innsenderReferanse belongs to (server/sak/hendelser.ts): looked up
-- per event by organisation and reference, without the begjæringsdato the unique index begins with.
CREATE INDEX sak_innsender_referanse ON sak (orgnr, innsender_referanse, id);
