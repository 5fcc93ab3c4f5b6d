/**
 * Crash safety (SPEC §7): the compiled server on a database file, eight clients submitting, uploading and changing
 * under load, SIGKILL at a random moment, restart on the same file — several rounds. Afterwards every acknowledged
 * submission (201), upload (201) and endring (204) is there exactly once, and nothing is half-written: every case
 * has version 1 with a document that parses, every attachment its file with the acknowledged sha256, the event feed
 * has no gap. Replay with CRASH_SEED=<seed>; CRASH_ROUNDS sets the number of kills.
 */
import t from 'tap';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, example } from '../helpers.js';
import type { RunningServer } from '../server-process.js';
import { dato, iParallell, Klient, sha256, type Json } from './client.js';
import { Prng, seedFrom, sleep, startBuilt, tokenAt } from './kit.js';

const ORG = '312597772';
const SEED = seedFrom('CRASH_SEED');
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 4);
const rng = new Prng(SEED);

const dir = mkdtempSync(join(tmpdir(), 'reliability-crash-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const dbPath = join(dir, 'sandbox.db');
// A fixed PUBLIC_URL keeps the issuer, and so the token, the same across restarts on new ports.
const env = { DB_PATH: dbPath, SAK_STEG_MS: '0', PUBLIC_URL: 'http://localhost:8080' };

/** What the clients were told (acknowledged) and what they sent without hearing back (in flight at a kill). */
const kvittert = new Map<string, { innsenderReferanse: string; begjaeringsdato: string }>();
const ubesvart = new Set<string>();
const opplastet = new Map<string, string>();
const endret = new Map<string, string>();
const uventet: string[] = [];
let feedSaker = 0;

const noekkel = (innsenderReferanse: string, begjaeringsdato: string) => `${innsenderReferanse}|${begjaeringsdato}`;

/** One answer, or undefined when the server went away mid-request. */
async function svar<T>(request: () => Promise<T>): Promise<T | undefined> {
  try {
    return await request();
  } catch {
    return undefined;
  }
}

type Stoppet = () => boolean;

async function innsender(klient: Klient, navn: string, stoppet: Stoppet): Promise<void> {
  const utkast = { ...example('enkel'), innsenderReferanse: navn };
  const begjaering = await svar(() => klient.medVedlegg(utkast, (uuid, sha) => opplastet.set(uuid, sha)));
  if (!begjaering) return;
  for (let n = 0; !stoppet(); n++) {
    const begjaeringsdato = dato(n);
    const res = await svar(() => klient.sendInn({ ...begjaering, begjaeringsdato }));
    if (!res) return void ubesvart.add(noekkel(navn, begjaeringsdato));
    if (res.status === 201) kvittert.set(res.body.eksternSaksreferanse as string, { innsenderReferanse: navn, begjaeringsdato });
    else uventet.push(`submission ${res.status} ${res.text.slice(0, 200)}`);
  }
}

async function opplaster(klient: Klient, navn: string, stoppet: Stoppet): Promise<void> {
  for (let n = 0; !stoppet(); n++) {
    // Binary content of no known format: stored and hashed, then kanIkkeKonverteres (no costly conversion).
    const innhold = Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from(`${navn} ${n}`), Buffer.alloc(rng.int(50_000), n % 251)]);
    const res = await svar(() => klient.lastOpp({ type: 'annet', innsenderReferanse: navn, filnavn: `${n}.bin` }, { navn: `${n}.bin`, innhold }));
    if (!res) return;
    if (res.status === 201 && res.body.sha256 === sha256(innhold)) opplastet.set(res.body.uuid as string, res.body.sha256 as string);
    else uventet.push(`upload ${res.status} ${res.text.slice(0, 200)}`);
  }
}

/** Submits, moves the case on (so version 1 is behandlet), and changes it: version 2 with a new saksreferanse. */
async function endrer(klient: Klient, navn: string, stoppet: Stoppet): Promise<void> {
  const begjaering = await svar(() => klient.medVedlegg({ ...example('enkel'), innsenderReferanse: navn }));
  if (!begjaering) return;
  for (let n = 0; !stoppet(); n++) {
    const begjaeringsdato = dato(n);
    const ny = await svar(() => klient.sendInn({ ...begjaering, begjaeringsdato }));
    if (!ny) return void ubesvart.add(noekkel(navn, begjaeringsdato));
    const ref = ny.body.eksternSaksreferanse as string;
    kvittert.set(ref, { innsenderReferanse: navn, begjaeringsdato });
    const steg = await svar(() => klient.send('POST', `/sandbox/saker/${ref}/status`, { saksstatus: 'sakUnderBehandling' }));
    if (!steg) return;
    const saksreferanse = `endret-${n}`;
    const res = await svar(() => klient.endre(ref, { ...begjaering, begjaeringsdato, saksreferanse }));
    if (!res) return;
    if (res.status === 204) endret.set(ref, saksreferanse);
    else uventet.push(`endring ${res.status} ${res.text.slice(0, 200)}`);
  }
}

const KLIENTER = [innsender, innsender, innsender, innsender, opplaster, opplaster, endrer, endrer];

t.test(`SIGKILL under load, ${ROUNDS} rounds, seed ${SEED}`, async (t) => {
  t.comment(`CRASH_SEED=${SEED} CRASH_ROUNDS=${ROUNDS}`);
  let server: RunningServer = await startBuilt(env);
  const token = await tokenAt(server.url, ORG);
  const drapstider: number[] = [];
  for (let runde = 1; runde <= ROUNDS; runde++) {
    if (runde > 1) server = await startBuilt(env);
    const klient = new Klient(server.url, token);
    let stopp = false;
    const arbeid = KLIENTER.map((k, i) => k(klient, `krasj-${SEED}-${runde}-${i}`, () => stopp));
    const drap = 2000 + rng.int(3000);
    drapstider.push(drap);
    await sleep(drap);
    // The clients keep going until the process is gone, so each has a request in flight when it dies.
    await server.stop('SIGKILL');
    stopp = true;
    await Promise.all(arbeid);
  }
  t.comment(`kills after ${drapstider.join(', ')} ms of load; ${Klient.antall} requests; acknowledged: ${kvittert.size} submissions, ${opplastet.size} uploads, ${endret.size} endringer; ${ubesvart.size} submissions left without an answer by a kill`);
  t.same(uventet.slice(0, 10), [], 'no unexpected answer under load');
  t.ok(kvittert.size > 0 && opplastet.size > 0 && endret.size > 0, 'the load acknowledged something of every kind');

  server = await startBuilt(env);
  t.teardown(() => server.stop('SIGTERM'));
  const klient = new Klient(server.url, token);

  await t.test('every acknowledged submission is there, once, as sent', async (t) => {
    const mangler: string[] = [];
    await iParallell([...kvittert], 8, async ([ref, sendt]) => {
      const { status, body } = await klient.get(`${API}/utleggsbegjaering/${ref}`);
      const v1 = (body.versjoner as Json[] | undefined)?.[0];
      if (status !== 200 || v1?.versjon !== 1 || v1.begjaering.begjaeringsdato !== sendt.begjaeringsdato || v1.begjaering.innsenderReferanse !== sendt.innsenderReferanse) {
        mangler.push(`${ref}: ${status}`);
      }
    });
    t.same(mangler, [], `${kvittert.size} acknowledged submissions read back`);
  });

  await t.test('every acknowledged endring is there', async (t) => {
    const mangler: string[] = [];
    await iParallell([...endret], 8, async ([ref, saksreferanse]) => {
      const { body } = await klient.get(`${API}/utleggsbegjaering/${ref}`);
      const versjoner = (body.versjoner ?? []) as Json[];
      if (versjoner.length < 2 || !versjoner.some((v) => v.begjaering.saksreferanse === saksreferanse)) mangler.push(ref);
    });
    t.same(mangler, [], `${endret.size} acknowledged endringer read back`);
  });

  await t.test('every acknowledged upload is there with its file and sha256', async (t) => {
    const mangler: string[] = [];
    await iParallell([...opplastet], 8, async ([uuid, sha]) => {
      const { status, body } = await klient.get(`${API}/vedlegg/${uuid}`);
      const fil = join(`${dbPath}-vedlegg`, 'original', uuid);
      if (status !== 200 || body.sha256 !== sha || !existsSync(fil) || sha256(readFileSync(fil)) !== sha) mangler.push(`${uuid}: ${status}`);
    });
    t.same(mangler, [], `${opplastet.size} acknowledged uploads read back, files intact`);
  });

  await t.test('the event feed: gap-free, one creation per stored case', async (t) => {
    const hendelser = await klient.alleHendelser();
    t.same(hendelser.map((h) => h.sekvensnummer), hendelser.map((_, i) => i + 1), `${hendelser.length} events, sequence 1..n`);
    const saker = new Set(hendelser.filter((h) => h.type === 'saksstatusEndret' && h.data.forrigeSaksstatus === null).map((h) => h.eksternSaksreferanse as string));
    const ikkeIFeed = [...kvittert.keys()].filter((ref) => !saker.has(ref));
    t.same(ikkeIFeed, [], `every acknowledged case has its creation event (${saker.size} cases in the feed)`);
    feedSaker = saker.size;
  });

  await server.stop('SIGTERM');
  await t.test('the database file: intact, nothing half-written, nothing unexplained', async (t) => {
    const db = new Database(dbPath, { readonly: true });
    t.teardown(() => db.close());
    t.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const saker = db.prepare('SELECT id, ekstern_saksreferanse AS ref, innsender_referanse AS r, begjaeringsdato AS d FROM sak WHERE orgnr = ?').all(ORG) as { id: number; ref: string; r: string; d: string }[];
    t.equal(saker.length, feedSaker, 'as many cases in the database as in the feed');
    const utenV1 = db.prepare('SELECT count(*) FROM sak s WHERE NOT EXISTS (SELECT 1 FROM begjaering_versjon v WHERE v.sak_id = s.id AND v.versjon = 1)').pluck().get();
    t.equal(utenV1, 0, 'every case has version 1');
    let uleselige = 0;
    for (const dokument of db.prepare('SELECT dokument FROM begjaering_versjon').pluck().iterate() as Iterable<string>) {
      try {
        JSON.parse(dokument);
      } catch {
        uleselige++;
      }
    }
    t.equal(uleselige, 0, 'every stored document parses');
    const uforklart = saker.filter((s) => !kvittert.has(s.ref) && !ubesvart.has(noekkel(s.r, s.d)));
    t.same(uforklart.map((s) => s.ref), [], 'every stored case was acknowledged or in flight at a kill');
    t.comment(`${saker.length} cases stored: ${kvittert.size} acknowledged + ${saker.length - kvittert.size} committed while the answer was lost to a kill`);
    const utenFil = (db.prepare("SELECT uuid FROM vedlegg WHERE status NOT IN ('slettet', 'kassert', 'valideringFeilet')").pluck().all() as string[])
      .filter((uuid) => !existsSync(join(`${dbPath}-vedlegg`, 'original', uuid)));
    t.same(utenFil, [], 'every live attachment row has its file');
  });
});

