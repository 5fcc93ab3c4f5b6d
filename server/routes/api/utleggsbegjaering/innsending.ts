/**
 * Submission (documented) and validation only (documented). The body reaches `app.validering` as text: it is parsed,
 * schema-checked and validated there (in the validation thread when there is one), never on the way in, and a
 * submission stores that text as validated. (As bytes the bodies cost more: the garbage collector counts every
 * off-heap copy, measured: validation fell from ~67 % to ~46 % of the baseline.)
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { advar, avvist } from '../../../begjaering/svar.js';
import { skjemabrudd, ugyldigJson } from '../../../error-mapping.js';
import { API_PREFIX } from '../../../app.js';
import type { Innsendingsnoekkel } from '../../../sak/repository.js';
import type { Valideringsresultat } from '../../../begjaering/validering.js';

/** The body: a JSON body's text, undefined without one (or with another parsed type, e.g. multipart). */
type MedJson = FastifyRequest<{ Body: string | undefined }>;

export default async function innsending(app: FastifyInstance) {
  // Encapsulated: only these two routes take JSON unparsed (the endring routes keep Fastify's parser and schema).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  /** The key of a begjæring that passed the schema and every rule (with the Advarsel header); else the 400 or 422. */
  function godkjent(resultat: Valideringsresultat, reply: FastifyReply): Innsendingsnoekkel {
    if (resultat.utfall === 'ugyldigJson') throw ugyldigJson();
    if (resultat.utfall === 'skjemabrudd') throw skjemabrudd(resultat.feil);
    advar(reply, resultat.ukjenteFelt);
    if (resultat.kontrollutslag.length > 0) throw avvist(resultat.kontrollutslag);
    return resultat.noekkel;
  }

  app.post('/', async (request: MedJson, reply) => {
    const tekst = utenBom(request.body);
    const noekkel = godkjent(await app.validering.valider(tekst, request.tenant), reply);
    const sak = await app.saker.opprett(request.tenant.orgnr, noekkel, app.clock.now(), tekst!); // validated: it was there
    if (!sak) throw avvist(await app.regler.duplikat(noekkel, request.tenant));
    const location = `${app.config.publicUrl}${API_PREFIX}/utleggsbegjaering/${encodeURIComponent(sak.eksternSaksreferanse)}`;
    return reply.code(201).header('Location', location).send({ eksternSaksreferanse: sak.eksternSaksreferanse });
  });

  app.post('/valider', async (request: MedJson, reply) => {
    godkjent(await app.validering.valider(taKropp(request), request.tenant), reply);
    return reply.code(204).send();
  });
}

/**
 * The body, taken off the request: a request waiting for the validation thread that still held its text had every
 * scavenge copy it (measured: half of what survived the event loop's scavenges).
 */
function taKropp(request: MedJson): string | undefined {
  const tekst = request.body;
  request.body = undefined;
  return tekst;
}

/** The text after a leading byte order mark: the JSON parser skips it, JSON.parse of the stored case would not. */
function utenBom(tekst: string | undefined): string | undefined {
  return tekst?.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
}
