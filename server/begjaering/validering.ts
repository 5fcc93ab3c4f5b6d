/**
 * A begjæring validated from its JSON text at an API version: parsed as every JSON body is (server/json.ts: Fastify's
 * parser, `__proto__` and `constructor` keys refused, bounded depth and size), refused if it is the other model's, checked against the version's OpenAPI schema
 * with Ajv as Fastify compiles it, walked for unknown fields, aliases and the model's own constraints, and run
 * through the model's rules. One module for every place it runs — the validation thread (validering-traad.ts), the
 * event loop (in-memory databases), the endring routes — so they answer alike.
 */
// Loaded with this module, so that the validation thread loads Ajv as it starts rather than at its first begjæring.
import '@fastify/ajv-compiler';
import { openApiDocument, walk, type WalkError } from '../openapi.js';
import { delteSkjemaer, type Validator } from '../schema-compiler.js';
import { runRules } from '../../rules/engine.js';
import type { Begjaering } from '../../rules/lib/model.js';
import { MODELL, andreModellersFelt } from '../../rules/lib/modell.js';
import { identifikatorOf, saksoekte } from '../../rules/lib/parter.js';
import type { RuleContext, Violation } from '../../rules/types.js';
import type { SchemaError } from '../error-mapping.js';
import type { Innsendingsnoekkel } from '../sak/repository.js';
import type { Api, ApiVersjon } from '../api.js';
import { formBrudd, parse, type JsonGrenser } from '../json.js';

/** What the Advarsel header tells: fields ignored, aliases read as their canonical key. */
export interface Advarsler {
  ukjenteFelt: string[];
  aliaser: Array<{ sti: string; canonical: string }>;
}

/** Fields of another model than the version's: the whole body is refused (400 FEIL_MODELLVERSJON). */
export interface AnnenModell {
  /** The model the body looks like (e.g. 2.0 sent to /v1). */
  modell: string;
  funn: Array<{ sti: string; merknad: string }>;
}

export type Lesing =
  | { utfall: 'ugyldigJson' }
  | { utfall: 'overGrense'; melding: string }
  | { utfall: 'annenModell'; annen: AnnenModell }
  | { utfall: 'skjemabrudd'; feil: SchemaError[] }
  | { utfall: 'lest'; begjaering: Begjaering; advarsler: Advarsler };

export type Valideringsresultat =
  | Exclude<Lesing, { utfall: 'lest' }>
  | {
      utfall: 'validert';
      advarsler: Advarsler;
      kontrollutslag: Violation[];
      noekkel: Innsendingsnoekkel;
      /** The saksøktes identifiers (the conformance report holds a submission against its betjeningskart lookups). */
      saksoekte: string[];
    };

const validators = new Map<ApiVersjon, Validator>();

/** The version's Begjaering schema, compiled once per thread by the compiler the routes use, with the same options. */
function begjaeringSchema(api: Api): Validator {
  let validator = validators.get(api.versjon);
  if (!validator) {
    validator = delteSkjemaer()({ schema: { $ref: `${api.skjemaer}Begjaering#` }, method: 'POST', url: '/utleggsbegjaering', httpPart: 'body' });
    validators.set(api.versjon, validator);
  }
  return validator;
}

/** `tekst` is undefined when the request had no JSON body (none, or another parsed type): the schema says so. */
export function lesBegjaering(tekst: string | undefined, api: Api, grenser: JsonGrenser): Lesing {
  const parsed = tekst === undefined ? { ok: true as const, value: undefined } : parse(tekst);
  if (!parsed.ok) return { utfall: 'ugyldigJson' };
  const brudd = formBrudd(parsed.value, grenser);
  if (brudd) return { utfall: 'overGrense', melding: brudd };
  const begjaering = parsed.value as Begjaering;
  const fremmede = andreModellersFelt(begjaering, MODELL[api.modell]);
  if (fremmede.length > 0) {
    return { utfall: 'annenModell', annen: { modell: fremmede[0]!.modell.versjon, funn: fremmede.map(({ sti, merknad }) => ({ sti, merknad })) } };
  }
  const schema = begjaeringSchema(api);
  const gyldig = schema(begjaering);
  const gjennomgang = walk(openApiDocument(api.versjon), 'Begjaering', begjaering);
  const feil: SchemaError[] = [...(gyldig ? [] : (schema.errors ?? [])), ...gjennomgang.errors.map(somSchemaError)];
  if (feil.length > 0) return { utfall: 'skjemabrudd', feil };
  return { utfall: 'lest', begjaering, advarsler: { ukjenteFelt: gjennomgang.unknown, aliaser: gjennomgang.aliases } };
}

const somSchemaError = (e: WalkError): SchemaError => ({ keyword: e.keyword, instancePath: e.instancePath, message: e.message, params: e.params });

/** A new begjæring: read, then every rule of the version's model (not the endring-only ones). */
export function validerTekst(tekst: string | undefined, api: Api, grenser: JsonGrenser, kontekst: Omit<RuleContext, 'modell'>): Valideringsresultat {
  const lest = lesBegjaering(tekst, api, grenser);
  if (lest.utfall !== 'lest') return lest;
  const { begjaering, advarsler } = lest;
  return {
    utfall: 'validert',
    advarsler,
    kontrollutslag: runRules(begjaering, { ...kontekst, modell: MODELL[api.modell] }, { endring: false }),
    noekkel: { begjaeringsdato: begjaering.begjaeringsdato, innsenderReferanse: begjaering.innsenderReferanse },
    saksoekte: saksoekte(begjaering).flatMap((s) => identifikatorOf(s.aktoer) ?? []),
  };
}
