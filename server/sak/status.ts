/**
 * "Status på sak" (documented content, modelled shape: OpenAPI StatusPaaSak) for the organisation's own cases and
 * for Skatteetaten's fixed TEST_SAK_* references (seed/test-saker.json), which answer for every organisation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import type { Aktoer } from '../../rules/lib/model.js';
import { MODELL, kravreferanse, type Modell } from '../../rules/lib/modell.js';
import type { Beslutningstype, Saksstatus } from './livssyklus.js';
import type { Behandlingsstatus, Sak, SakRepository, Versjon } from './repository.js';

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
  namsmannensReferanse: string;
  statusEndret: string;
  krav: StatusKrav[];
  saksoekere: Part[];
  saksoekte: Part[];
  innsendinger: Innsending[];
  /** Present once the case is decided (sakBesluttet, sakAvsluttet). */
  beslutninger?: Beslutning[];
}

export interface Trekkpliktig {
  organisasjonsnummer: string;
  navn: string;
  /** Synthetic monthly pay, from which the trekk's percentage is derived (modelled). */
  maanedsloenn: number;
}

interface TestSak extends Omit<StatusPaaSak, 'krav' | 'saksoekere' | 'saksoekte'> {}

interface TestSaker {
  saksoekere: Part[];
  saksoekte: Part[];
  krav: StatusKrav[];
  trekkpliktige: Trekkpliktig[];
  saker: TestSak[];
}

const fixtures = JSON.parse(readFileSync(join(ROOT, 'seed/test-saker.json'), 'utf8')) as TestSaker;
export const TREKKPLIKTIGE: readonly Trekkpliktig[] = fixtures.trekkpliktige;

/** The fixtures' krav reference (written in 0.9's key) under the key of model `m`. */
function omdoept<T extends { kravreferanse?: string }>(krav: T, m: Modell): T {
  if (m.kravreferanse === 'kravreferanse') return krav;
  const { kravreferanse: ref, ...rest } = krav;
  return { [m.kravreferanse]: ref, ...rest } as unknown as T;
}

/** The fixed TEST_SAK_* answer for `eksternSaksreferanse` (krav keyed as model `m` keys them), or undefined. */
export function testSak(eksternSaksreferanse: string, m: Modell): StatusPaaSak | undefined {
  const sak = fixtures.saker.find((s) => s.eksternSaksreferanse === eksternSaksreferanse);
  if (!sak) return undefined;
  const { beslutninger, ...rest } = structuredClone(sak);
  return {
    ...rest,
    ...(beslutninger && { beslutninger: beslutninger.map((b) => ({ ...b, krav: b.krav.map((k) => omdoept(k, m)) })) }),
    krav: structuredClone(fixtures.krav).map((k) => omdoept(k, m)),
    saksoekere: structuredClone(fixtures.saksoekere),
    saksoekte: structuredClone(fixtures.saksoekte),
  };
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
  const beslutninger = beslutning(sak, krav, m);
  return {
    eksternSaksreferanse: sak.eksternSaksreferanse,
    saksstatus: sak.saksstatus,
    namsmannensReferanse: sak.namsmannensReferanse,
    statusEndret: sak.statusEndret ?? sak.opprettet,
    krav,
    saksoekere: (siste.saksoeker ?? []).map((s) => part(s?.saksoeker)),
    saksoekte: (siste.saksoekt ?? []).map((s) => part(s?.saksoekt)),
    innsendinger: versjoner.map(({ versjon, mottatt, behandlet }) => ({ versjon, mottatt, behandlet })),
    ...(beslutninger && { beslutninger }),
  };
}

/**
 * The status of `eksternSaksreferanse` as `orgnr` sees it: a TEST_SAK_* fixture, or the organisation's own case
 * (with the case, which the innsyn needs); undefined for anything else (TEST_UGYLDIG included).
 */
export function finnStatus(
  saker: SakRepository,
  orgnr: string,
  eksternSaksreferanse: string,
  m: Modell,
): { status: StatusPaaSak; sak?: Sak } | undefined {
  const fast = testSak(eksternSaksreferanse, m);
  if (fast) return { status: fast };
  const sak = saker.hent(orgnr, eksternSaksreferanse);
  return sak && { status: statusForSak(sak, saker.versjoner(sak), m), sak };
}
