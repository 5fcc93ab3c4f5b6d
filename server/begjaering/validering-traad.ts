/**
 * The validation thread (see plugins/app/validering.ts): parses, schema-checks, walks and runs the rules over each
 * begjæring text it is sent, reading attachments and earlier cases through its own read-only connection. It sees
 * what the event loop has committed, which is all the event loop's own validation would see too.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createRegister, type RegisterMode } from '../../rules/lib/register.js';
import type { VedleggInfo } from '../../rules/types.js';
import { FINNES_INNSENDING_SQL } from '../sak/repository.js';
import { VEDLEGG_INFO_SQL } from '../vedlegg/repository.js';
import { validerTekst } from './validering.js';
import type { Oppdrag, Svar } from '../plugins/app/validering.js';

const { dbPath, registerMode } = workerData as { dbPath: string; registerMode: RegisterMode };
const db = new Database(dbPath, { readonly: true });
db.pragma('busy_timeout = 5000');
const vedleggInfo = db.prepare(VEDLEGG_INFO_SQL);
const finnes = db.prepare(FINNES_INNSENDING_SQL).pluck();
const register = createRegister(registerMode);
// One read transaction per validation: every lookup sees the same snapshot, and the WAL read lock is taken once
// rather than for each attachment and the duplicate check (~4 µs each under load).
const iEttOeyeblikk = db.transaction(validerTekst);

parentPort!.on('message', ({ id, tekst, orgnr, naa }: Oppdrag) => {
  let svar: Svar;
  try {
    const resultat = iEttOeyeblikk(tekst, {
      påloggetOrgnr: orgnr,
      now: new Date(naa),
      register,
      vedlegg: (uuid) => vedleggInfo.get(orgnr, uuid) as VedleggInfo | undefined,
      finnesInnsending: (dato, referanse) => finnes.get(orgnr, dato, referanse) !== undefined,
    });
    svar = { id, resultat };
  } catch (err) {
    svar = { id, feil: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(svar);
});
