/**
 * `npm run token -- --org 312597772 [--systembruker 311758489] [--scope s] [--levetid 3600]`: prints an access token
 * signed with the sandbox's key from the database at DB_PATH, so a server on the same database accepts it.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.js';
import { openDatabase } from '../server/store/database.js';
import { Issuer, DEFAULT_LIFETIME_SECONDS } from '../server/auth/issuer.js';
import { ORGNR } from '../server/auth/claims.js';
import { MAX_SANDBOX_LIFETIME, sandboxGrant } from '../server/auth/sandbox-token.js';

const USAGE = 'usage: npm run token -- --org <orgnr> [--systembruker <orgnr>] [--scope <scopes>] [--levetid <seconds>]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      systembruker: { type: 'string' },
      scope: { type: 'string' },
      levetid: { type: 'string' },
    },
  });
  if (!values.org || !ORGNR.test(values.org)) fail('--org must be an organisation number of 9 digits');
  if (values.systembruker !== undefined && !ORGNR.test(values.systembruker)) fail('--systembruker must be an organisation number of 9 digits');
  const levetid = values.levetid === undefined ? DEFAULT_LIFETIME_SECONDS : Number(values.levetid);
  if (!Number.isInteger(levetid) || levetid < 1 || levetid > MAX_SANDBOX_LIFETIME) fail(`--levetid must be whole seconds from 1 to ${MAX_SANDBOX_LIFETIME}`);
  return { orgnr: values.org, systembrukerOrgnr: values.systembruker, scope: values.scope, levetid };
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof options>;
  let config: ReturnType<typeof loadConfig>;
  try {
    opts = options();
    config = loadConfig(process.env);
  } catch (err) {
    fail(err instanceof ConfigError || err instanceof TypeError ? err.message : String(err));
  }
  const db = openDatabase(config.dbPath);
  try {
    const issuer = await Issuer.open(db, config);
    const { access_token } = await issuer.issue(sandboxGrant(opts), { lifetimeSeconds: opts.levetid });
    process.stdout.write(`${access_token}\n`);
  } finally {
    db.close();
  }
}

await main();
