import t from 'tap';
import { ConfigError, loadConfig } from '../../server/config.js';

t.test('defaults', async (t) => {
  const c = loadConfig({});
  t.equal(c.port, 8080);
  t.equal(c.publicUrl, 'http://localhost:8080');
  t.equal(c.dbPath, './data/sandbox.db');
  t.equal(c.registerMode, 'lenient');
  t.equal(c.etiketteMode, 'lenient', 'missing headers and a sixth concurrent call are reported, not refused');
  t.equal(c.sandboxModus, 'livssyklus', 'the full lifecycle');
});

t.test('ETIKETTE_MODE and SANDBOX_MODUS take their values and refuse others', async (t) => {
  t.match(loadConfig({ ETIKETTE_MODE: 'strict', SANDBOX_MODUS: 'testmiljoe' }), { etiketteMode: 'strict', sandboxModus: 'testmiljoe' });
  t.throws(() => loadConfig({ ETIKETTE_MODE: 'streng' }), new ConfigError('ETIKETTE_MODE="streng" is not valid: expected one of lenient, strict'));
  t.throws(() => loadConfig({ SANDBOX_MODUS: 'test' }), new ConfigError('SANDBOX_MODUS="test" is not valid: expected one of livssyklus, testmiljoe'));
});

t.test('a bad value is refused with a message naming the variable and what is expected', async (t) => {
  t.throws(() => loadConfig({ PORT: 'åtte' }), new ConfigError('PORT="åtte" is not valid: expected a whole number from 0 to 65535'));
  t.throws(() => loadConfig({ REGISTER_MODE: 'loose' }), /REGISTER_MODE="loose" is not valid: expected one of lenient, strict/);
  t.throws(() => loadConfig({ PUBLIC_URL: 'sandbox:8080' }), /PUBLIC_URL="sandbox:8080" is not valid/);
  t.throws(() => loadConfig({ VEDLEGG_MAX_BYTES: '-1' }), /VEDLEGG_MAX_BYTES/);
  t.throws(() => loadConfig({ TRUSTED_JWKS: 'nothing' }), /TRUSTED_JWKS entry "nothing"/);
  t.throws(() => loadConfig({ WEBHOOK_ALLOWLIST: '10.0.0.0/8, http://mottaker:3000' }), /WEBHOOK_ALLOWLIST entry "http:\/\/mottaker:3000" is neither a host name nor an IP address or CIDR network/);
  t.throws(() => loadConfig({ WEBHOOK_ALLOWLIST: '10.0.0.0/33' }), /WEBHOOK_ALLOWLIST entry "10.0.0.0\/33"/);
  t.throws(() => loadConfig({ WEBHOOK_TIMEOUT_MS: '0' }), /WEBHOOK_TIMEOUT_MS="0" is not valid: expected a whole number from 100 to 120000/);
  t.throws(() => loadConfig({ WEBHOOK_CONCURRENCY: '0' }), /WEBHOOK_CONCURRENCY="0" is not valid: expected a whole number from 1 to 64/);
});

t.test('webhook settings: defaults, and the allow-list as a list', async (t) => {
  const standard = loadConfig({});
  t.same([standard.webhookAllowlist, standard.webhookTimeoutMs, standard.webhookConcurrency], [[], 5000, 2]);
  const c = loadConfig({ WEBHOOK_ALLOWLIST: ' mottaker , *.kunde.example,10.0.0.0/8,, ::1 ', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_CONCURRENCY: '4' });
  t.same([c.webhookAllowlist, c.webhookTimeoutMs, c.webhookConcurrency], [['mottaker', '*.kunde.example', '10.0.0.0/8', '::1'], 2000, 4]);
});

t.test('PUBLIC_URL loses its trailing slash; aliases are parsed', async (t) => {
  const c = loadConfig({ PUBLIC_URL: 'http://sandbox:8080/', ISSUER_ALIASES: 'http://localhost:8080, http://127.0.0.1:8080' });
  t.equal(c.publicUrl, 'http://sandbox:8080');
  t.same(c.issuerAliases, ['http://localhost:8080', 'http://127.0.0.1:8080']);
});
