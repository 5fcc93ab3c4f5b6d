import t from 'tap';
import { ConfigError, loadConfig } from '../../server/config.js';

t.test('defaults', async (t) => {
  const c = loadConfig({});
  t.equal(c.port, 8080);
  t.equal(c.publicUrl, 'http://localhost:8080');
  t.equal(c.dbPath, './data/sandbox.db');
  t.equal(c.registerMode, 'lenient');
});

t.test('a bad value is refused with a message naming the variable and what is expected', async (t) => {
  t.throws(() => loadConfig({ PORT: 'åtte' }), new ConfigError('PORT="åtte" is not valid: expected a whole number from 0 to 65535'));
  t.throws(() => loadConfig({ REGISTER_MODE: 'loose' }), /REGISTER_MODE="loose" is not valid: expected one of lenient, strict/);
  t.throws(() => loadConfig({ PUBLIC_URL: 'sandbox:8080' }), /PUBLIC_URL="sandbox:8080" is not valid/);
  t.throws(() => loadConfig({ VEDLEGG_MAX_BYTES: '-1' }), /VEDLEGG_MAX_BYTES/);
  t.throws(() => loadConfig({ TRUSTED_JWKS: 'nothing' }), /TRUSTED_JWKS entry "nothing"/);
});

t.test('PUBLIC_URL loses its trailing slash; aliases are parsed', async (t) => {
  const c = loadConfig({ PUBLIC_URL: 'http://sandbox:8080/', ISSUER_ALIASES: 'http://localhost:8080, http://127.0.0.1:8080' });
  t.equal(c.publicUrl, 'http://sandbox:8080');
  t.same(c.issuerAliases, ['http://localhost:8080', 'http://127.0.0.1:8080']);
});
