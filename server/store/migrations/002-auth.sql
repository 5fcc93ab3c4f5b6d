-- The mock Maskinporten: its signing keys (kept so tokens survive restarts), registered clients and their public
-- keys, and the grant jti values already used (replay protection; pruned after they expire).
CREATE TABLE maskinporten_signing_key (
  kid TEXT PRIMARY KEY,
  private_jwk TEXT NOT NULL,
  created TEXT NOT NULL
);

CREATE TABLE maskinporten_client (
  client_id TEXT PRIMARY KEY,
  orgnr TEXT NOT NULL,
  -- JSON array of allowed scopes; NULL = any scope.
  scopes TEXT,
  created TEXT NOT NULL
);
CREATE INDEX maskinporten_client_org ON maskinporten_client (orgnr);

CREATE TABLE maskinporten_client_key (
  client_id TEXT NOT NULL REFERENCES maskinporten_client (client_id) ON DELETE CASCADE,
  kid TEXT NOT NULL,
  jwk TEXT NOT NULL,
  PRIMARY KEY (client_id, kid)
);

CREATE TABLE maskinporten_jti (
  client_id TEXT NOT NULL,
  jti TEXT NOT NULL,
  expires INTEGER NOT NULL,
  PRIMARY KEY (client_id, jti)
);
CREATE INDEX maskinporten_jti_expires ON maskinporten_jti (expires);
