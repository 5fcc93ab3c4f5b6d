/**
 * `npm run token -- --org 312597772 [--systembruker 311758489] [--scope s] [--levetid 3600]`: prints an access token
 * from the running sandbox's POST /sandbox/token, at SANDBOX_URL (default http://localhost:8080).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_LIFETIME_SECONDS } from '../server/auth/issuer.js';
import { ORGNR } from '../server/auth/claims.js';
import { MAX_SANDBOX_LIFETIME, type SandboxTokenRequest } from '../server/auth/sandbox-token.js';

const USAGE = 'usage: npm run token -- --org <orgnr> [--systembruker <orgnr>] [--scope <scopes>] [--levetid <seconds>]';
const DEFAULT_SANDBOX_URL = 'http://localhost:8080';

function fail(message: string, code: number, usage = true): never {
  process.stderr.write(`${message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

function request(): SandboxTokenRequest {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      systembruker: { type: 'string' },
      scope: { type: 'string' },
      levetid: { type: 'string' },
    },
  });
  if (!values.org || !ORGNR.test(values.org)) fail('--org must be an organisation number of 9 digits', 2);
  if (values.systembruker !== undefined && !ORGNR.test(values.systembruker)) fail('--systembruker must be an organisation number of 9 digits', 2);
  const levetid = values.levetid === undefined ? DEFAULT_LIFETIME_SECONDS : Number(values.levetid);
  if (!Number.isInteger(levetid) || levetid < 1 || levetid > MAX_SANDBOX_LIFETIME) fail(`--levetid must be whole seconds from 1 to ${MAX_SANDBOX_LIFETIME}`, 2);
  return { orgnr: values.org, systembrukerOrgnr: values.systembruker, scope: values.scope, levetidSekunder: levetid };
}

async function main(): Promise<void> {
  let body: SandboxTokenRequest;
  try {
    body = request();
  } catch (err) {
    fail(err instanceof TypeError ? err.message : String(err), 2); // parseArgs: an unknown option
  }
  const url = `${(process.env.SANDBOX_URL || DEFAULT_SANDBOX_URL).replace(/\/+$/, '')}/sandbox/token`;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch (err) {
    fail(`No sandbox answers at ${url} (${String((err as Error).cause ?? err)}). Start it with npm start, or set SANDBOX_URL.`, 1, false);
  }
  const answer = (await res.json().catch(() => ({}))) as { access_token?: string; melding?: string };
  if (!res.ok || !answer.access_token) fail(`POST ${url} answered ${res.status}: ${answer.melding ?? 'no token'}`, 1, false);
  process.stdout.write(`${answer.access_token}\n`);
}

await main();
