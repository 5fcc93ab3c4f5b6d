/**
 * The validation thread (see plugins/app/validering.ts): parses, schema-checks, walks and runs the rules over each
 * begjæring text it is sent. What the rules ask of the store it answers from shared memory where it can — the
 * cases' InnsendingFilter, copies of attachment rows kept while the event loop's count of attachment writes
 * stands still — and otherwise through its own read-only connection. Either way it sees what the event loop had
 * committed when it posted the validation, which is all the event loop's own validation would see too.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createRegister } from '../../rules/lib/register.js';
import type { VedleggInfo } from '../../rules/types.js';
import { FINNES_INNSENDING_SQL } from '../sak/repository.js';
import { InnsendingFilter } from '../sak/innsendingsfilter.js';
import { VedleggKopi, Vedleggendringer } from '../vedlegg/endringer.js';
import { VEDLEGG_INFO_SQL } from '../vedlegg/repository.js';
import { validerTekst } from './validering.js';
import { API } from '../api.js';
import type { Oppdrag, Svar, TraadData } from '../plugins/app/validering.js';

const data = workerData as TraadData;
const db = new Database(data.dbPath, { readonly: true });
db.pragma('busy_timeout = 5000');
const vedleggInfo = db.prepare(VEDLEGG_INFO_SQL);
const finnes = db.prepare(FINNES_INNSENDING_SQL).pluck();
const register = createRegister(data.registerMode);
const innsendinger = new InnsendingFilter(data.innsendinger);
const vedlegg = new VedleggKopi(new Vedleggendringer(data.vedleggendringer), (orgnr, uuid) => vedleggInfo.get(orgnr, uuid) as VedleggInfo | undefined);

parentPort!.on('message', ({ id, tekst, versjon, orgnr, innlogging, naa }: Oppdrag) => {
  let svar: Svar;
  try {
    const resultat = validerTekst(tekst, API[versjon], data.jsonGrenser, {
      påloggetOrgnr: orgnr,
      innlogging,
      now: new Date(naa),
      register,
      vedlegg: (uuid) => vedlegg.info(orgnr, uuid),
      finnesInnsending: (dato, referanse) => innsendinger.mayExist(orgnr, dato, referanse) && finnes.get(orgnr, dato, referanse) !== undefined,
    });
    svar = { id, resultat };
  } catch (err) {
    svar = { id, feil: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(svar);
});
