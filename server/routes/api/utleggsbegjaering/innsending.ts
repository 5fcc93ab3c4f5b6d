/**
 * Submission (documented) and validation only (documented). The body arrives as bytes and reaches `app.validering`
 * as text: it is parsed, schema-checked and validated there (in the validation thread when there is one), never on
 * the way in. A submission stores the bytes it validated: they wait for the commit outside the JavaScript heap (as a
 * string the body of nearly every submission outlived two scavenges and was promoted, measured: a full mark-compact
 * every ~250 ms under load).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { advar, avvist } from '../../../begjaering/svar.js';
import { skjemabrudd, ugyldigJson } from '../../../error-mapping.js';
import { API_PREFIX } from '../../../app.js';
import type { Innsendingsnoekkel } from '../../../sak/repository.js';
import type { Valideringsresultat } from '../../../begjaering/validering.js';

/** The body: a JSON body's bytes, undefined without one (or with another parsed type, e.g. multipart). */
type MedJson = FastifyRequest<{ Body: Buffer | undefined }>;

/** A UTF-8 byte order mark: JSON.parse refuses it, so a stored document must not start with it. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export default async function innsending(app: FastifyInstance) {
  // Encapsulated: only these two routes take JSON unparsed (the endring routes keep Fastify's parser and schema).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  /** The key of a begjæring that passed the schema and every rule (with the Advarsel header); else the 400 or 422. */
  function godkjent(resultat: Valideringsresultat, reply: FastifyReply): Innsendingsnoekkel {
    if (resultat.utfall === 'ugyldigJson') throw ugyldigJson();
    if (resultat.utfall === 'skjemabrudd') throw skjemabrudd(resultat.feil);
    advar(reply, resultat.ukjenteFelt);
    if (resultat.kontrollutslag.length > 0) throw avvist(resultat.kontrollutslag);
    return resultat.noekkel;
  }

  app.post('/', async (request: MedJson, reply) => {
    const dokument = utenBom(taKropp(request));
    const noekkel = godkjent(await app.validering.valider(dokument?.toString(), request.tenant), reply);
    const sak = await app.saker.opprett(request.tenant.orgnr, noekkel, app.clock.now(), dokument!); // validated: it was there
    if (!sak) throw avvist(app.regler.duplikat(noekkel, request.tenant));
    const location = `${app.config.publicUrl}${API_PREFIX}/utleggsbegjaering/${encodeURIComponent(sak.eksternSaksreferanse)}`;
    return reply.code(201).header('Location', location).send({ eksternSaksreferanse: sak.eksternSaksreferanse });
  });

  app.post('/valider', async (request: MedJson, reply) => {
    godkjent(await app.validering.valider(taKropp(request)?.toString(), request.tenant), reply);
    return reply.code(204).send();
  });
}

/** The body, taken off the request: nothing but the handler keeps it while the validation thread works. */
function taKropp(request: MedJson): Buffer | undefined {
  const kropp = request.body;
  request.body = undefined;
  return kropp;
}

/** The bytes after a leading byte order mark (the JSON parser skips it too). */
function utenBom(kropp: Buffer | undefined): Buffer | undefined {
  return kropp?.subarray(0, 3).equals(BOM) ? kropp.subarray(3) : kropp;
}
