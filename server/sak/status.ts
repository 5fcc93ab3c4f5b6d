/**
 * "Status på sak" for the organisation's own cases and for Skatteetaten's fixed TEST_SAK_* references
 * (seed/test-saker.json), which answer for every organisation. The keys the page names its parts by (Saksstatus,
 * Krav, Saksøkere, Saksøkte, Beslutningsinformasjon, kravgrunnlagsidentifikator) are folded as the API folds names;
 * every other key is modelled (OpenAPI StatusPaaSak says which is which; docs/saker.md).
 */
import type { Aktoer } from '../../rules/lib/model.js';
import { MODELL, kravreferanse, type Modell } from '../../rules/lib/modell.js';
import type { Beslutningstype, Saksstatus } from './livssyklus.js';
import type { Behandlingsstatus, Sak, SakRepository, Versjon } from './repository.js';
import { testSak } from './testsaker.js';

export interface BeloepValuta {
  beloep: number;
  valuta: string;
}

export interface Part {
  identifikator?: string;
  navn?: string;
}

/** A krav's reference is keyed as the model of the API version asked keys it (0.9 kravreferanse, 2.0 innsendersKravreferanse). */
type Kravnoekkel = Modell['kravreferanse'];

export type StatusKrav = { [K in Kravnoekkel]?: string } & {
  /** The begjæring's artsprioritet (dekningsloven § 2-8, a–e), which the innsyn's sums go by. */
  prioritetDekningsloven?: string;
  kravdetaljer?: string;
  kravbeskrivelse?: string;
  gjenstaaendeBeloep?: BeloepValuta;
};

export type BeslutningKrav = { [K in Kravnoekkel]?: string } & {
  kravgrunnlagsidentifikator: string;
  beloep?: BeloepValuta;
};

export interface Beslutning {
  type: Beslutningstype;
  dato: string;
  krav: BeslutningKrav[];
}

export interface Innsending {
  versjon: number;
  mottatt: string;
  behandlet: Behandlingsstatus;
}

export interface StatusPaaSak {
  eksternSaksreferanse: string;
  saksstatus: Saksstatus;
  /** "referansen som benyttes av alminnelig namsmann (AN) i den videre behandlingen (UTLBGJ/2026/XX)". */
  alminneligNamsmannsReferanse: string;
  statusEndret: string;
  krav: StatusKrav[];
  saksoekere: Part[];
  saksoekte: Part[];
  innsendinger: Innsending[];
  /** Present once the case is decided (sakBesluttet, sakAvsluttet), as the page's test table has it. */
  beslutningsinformasjon?: Beslutning[];
}

function part(aktoer: Aktoer | undefined): Part {
  if (aktoer?.virksomhet) return { identifikator: aktoer.virksomhet.identifikator?.verdi, navn: aktoer.virksomhet.navn };
  const person = aktoer?.person;
  const navn = [person?.personnavn?.fornavn, person?.personnavn?.mellomnavn, person?.personnavn?.etternavn].filter(Boolean).join(' ');
  return { identifikator: person?.identifikator?.verdi, navn: navn || undefined };
}

function beloep(value: { beloep?: number; valuta?: string } | undefined): BeloepValuta | undefined {
  return typeof value?.beloep === 'number' ? { beloep: value.beloep, valuta: value.valuta ?? 'NOK' } : undefined;
}

/** The krav of a stored version (read in its own model), keyed as model `m` keys them. */
function statusKrav({ begjaering, modell }: Versjon, m: Modell): StatusKrav[] {
  const lest = MODELL[modell];
  return (begjaering.kravTilInnkreving ?? []).map((k) => ({
    [m.kravreferanse]: kravreferanse(k, lest),
    prioritetDekningsloven: k?.prioritetDekningsloven,
    kravdetaljer: k?.kravdetaljer,
    kravbeskrivelse: k?.kravbeskrivelse,
    gjenstaaendeBeloep: beloep(k?.gjenstaaendeBeloep ?? k?.opprinneligBeloep),
  }));
}

/** Deterministic and unique: the case's row id and the krav's position (modelled; Siro assigns the real ones). */
export const kravgrunnlagsidentifikator = (sak: Sak, index: number) => `KGI-${sak.id}-${index + 1}`;

/** A decided case's decision covers every krav of its latest version. */
function beslutning(sak: Sak, krav: StatusKrav[], m: Modell): Beslutning[] | undefined {
  if (!sak.beslutning || !sak.beslutningsdato) return undefined;
  return [{
    type: sak.beslutning,
    dato: sak.beslutningsdato,
    krav: krav.map((k, i) => ({
      [m.kravreferanse]: k[m.kravreferanse] ?? '',
      kravgrunnlagsidentifikator: kravgrunnlagsidentifikator(sak, i),
      ...(k.gjenstaaendeBeloep && { beloep: k.gjenstaaendeBeloep }),
    })),
  }];
}

/** The status of an own case, its krav keyed as model `m` keys them (default: the model of its latest version). */
export function statusForSak(sak: Sak, versjoner: Versjon[], m?: Modell): StatusPaaSak {
  const sisteVersjon = versjoner.at(-1)!;
  m ??= MODELL[sisteVersjon.modell];
  const siste = sisteVersjon.begjaering;
  const krav = statusKrav(sisteVersjon, m);
  const beslutningsinformasjon = beslutning(sak, krav, m);
  return {
    eksternSaksreferanse: sak.eksternSaksreferanse,
    saksstatus: sak.saksstatus,
    alminneligNamsmannsReferanse: sak.namsmannensReferanse,
    statusEndret: sak.statusEndret ?? sak.opprettet,
    krav,
    saksoekere: (siste.saksoeker ?? []).map((s) => part(s?.saksoeker)),
    saksoekte: (siste.saksoekt ?? []).map((s) => part(s?.saksoekt)),
    innsendinger: versjoner.map(({ versjon, mottatt, behandlet }) => ({ versjon, mottatt, behandlet })),
    ...(beslutningsinformasjon && { beslutningsinformasjon }),
  };
}

/** A status as `finnStatus` found it: a TEST_SAK_* fixture, or an own case with the case and its latest version. */
export interface FunnetStatus {
  status: StatusPaaSak;
  egen?: { sak: Sak; siste: Versjon };
}

/**
 * The status of `eksternSaksreferanse` as `orgnr` sees it, krav keyed as model `m` keys them; undefined for anything
 * else (TEST_UGYLDIG included).
 */
export function finnStatus(saker: SakRepository, orgnr: string, eksternSaksreferanse: string, m: Modell): FunnetStatus | undefined {
  const fast = testSak(eksternSaksreferanse, m);
  if (fast) return { status: fast };
  const sak = saker.hent(orgnr, eksternSaksreferanse);
  if (!sak) return undefined;
  const versjoner = saker.versjoner(sak);
  return { status: statusForSak(sak, versjoner, m), egen: { sak, siste: versjoner.at(-1)! } };
}
