-- Webhook deliveries are dispatched per organisation (issue 21): each organisation's due rows, oldest first, without
-- stepping over another organisation's backlog.
CREATE INDEX webhook_levering_org_forfall ON webhook_levering (orgnr, neste_forsoek_ms) WHERE status = 'venter';
