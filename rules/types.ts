/**
 * The rule contract (SPEC §4). Every module in rules/ exports one `Rule`; the engine runs them all and
 * collects every violation (it never stops at the first one).
 */
import type { Begjaering } from './lib/model.js';
import type { Modell, Modellversjon } from './lib/modell.js';

/** One entry of the 422 body's `kontrollutslag`. */
export interface Violation {
  kode: string;
  melding: string;
  beskrivelse: string;
  /** JSON pointer (RFC 6901) to the offending field; `''` for the document as a whole. */
  sti: string;
}

/** Processing states of an uploaded attachment (SPEC §5). */
export type VedleggStatus =
  | 'mottatt'
  | 'virussjekket'
  | 'validert'
  | 'konvertert'
  | 'inneholderVirus'
  | 'kanIkkeKonverteres'
  | 'konverteringFeilet'
  | 'valideringFeilet'
  | 'slettet'
  | 'kassert';

/** What the rules may know of a stored attachment. */
export interface VedleggInfo {
  uuid: string;
  type: string;
  filnavn: string;
  status: VedleggStatus;
  innsenderReferanse: string;
}

export interface Party {
  identifikator: string;
  kind: 'person' | 'organisasjon';
  navn: string;
  /** Organisations: false for an underenhet (sub-unit). */
  hovedenhet?: boolean;
  /** Organisations: true for an enkeltpersonforetak. */
  enk?: boolean;
  /** Persons: YYYY-MM-DD. */
  foedselsdato?: string;
  adresse?: PartyAddress;
}

export interface PartyAddress {
  adressetekst: string;
  postnummer: string;
  poststedsnavn: string;
}

export interface PartyRegister {
  /** The party, or undefined when unknown (in lenient mode any checksum-valid identifier is known). */
  lookup(identifikator: string): Party | undefined;
  /** True when the identifier is locked to the old enforcement rules (gammelt-regelverk.json). */
  isOldRules(identifikator: string): boolean;
  /** The organisation numbers on that list, in its order. */
  oldRulesOrganisations: readonly string[];
}

/** The stored case a change (endring) applies to. */
export interface EndringContext {
  eksternSaksreferanse: string;
  /** saksstatus of the case, e.g. sakOpprettet, sakAvsluttet. */
  saksstatus: string;
  /** True while an earlier submission of the case is still `ubehandlet`. */
  harUbehandletInnsending: boolean;
  /** The latest stored version. */
  forrige: Begjaering;
}

/**
 * How the caller logged in (Skatteetaten's "Tilgang til tjenesten"): as itself (Alternativ 1, "systemleverandør er
 * innsender"), as the system user of its customer (Alternativ 2), or as a supplier acting for the consumer
 * (delegation in Altinn, "På vegne av").
 */
export type Innlogging = 'virksomhet' | 'systembruker' | 'delegering';

export interface RuleContext {
  /** The information model the begjæring is read through (the API version's: /v1 0.9, /v2 2.0). */
  modell: Modell;
  /** The logged-in organisation (påloggetOrgnr) from the access token. */
  påloggetOrgnr: string;
  /** How the token was obtained; påloggetOrgnr is the system user's organisation, or the consumer. */
  innlogging: Innlogging;
  /** The sandbox clock's "now" (YYYY-MM-DD is what date rules compare). */
  now: Date;
  register: PartyRegister;
  /** The caller's attachment by uuid, or undefined when it does not exist for this organisation. */
  vedlegg(uuid: string): VedleggInfo | undefined;
  /** True when this organisation already submitted a case with the same begjæringsdato and innsenderReferanse. */
  finnesInnsending(begjaeringsdato: string, innsenderReferanse: string): boolean;
  /** Present only when validating a change (PUT). */
  endring?: EndringContext;
}

export interface Rule {
  /** Exact vilkårnavn, e.g. UGYLDIG_KID. */
  kode: string;
  tittel: string;
  beskrivelse: string;
  /** Verbatim avvikstekst with its %placeholders (variants joined as in the table). */
  avvikstekst: string;
  gjelderKunEndringer: boolean;
  /** Where the texts come from: the seed page's table, or the live page's additions. */
  kilde: 'seed' | 'live';
  /** The information models the rule applies to (/v1 runs the 0.9 rules, /v2 the 2.0 rules). */
  modeller: readonly Modellversjon[];
  /** Short description of what triggers the rule (for docs/regler.md). */
  utloeses: string;
  /** Pure: reads the begjæring and the context, returns every violation. */
  check(begjaering: Begjaering, ctx: RuleContext): Violation[];
}
