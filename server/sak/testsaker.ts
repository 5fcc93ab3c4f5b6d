/**
 * Skatteetaten's fixed TEST_SAK_* references (seed/test-saker.json), which answer for every organisation: their
 * Status på sak, and for the two with an utleggstrekk the trekk behind their Innsyn i ett trekk, written out rather
 * than drawn so that it runs for years on fixed dates. The trekkpliktige are the synthetic payers of every trekk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import type { Modell } from '../../rules/lib/modell.js';
import type { Part, StatusKrav, StatusPaaSak } from './status.js';
import { paalegg, type Artsprioritet, type Trekkoppsett, type Trekkpliktig } from './trekk.js';

/** A fixture's trekk as the seed writes it: amounts in kroner, pålegg naming their trekkpliktig. */
interface FastTrekk {
  andreKrav: { artsprioritet: Artsprioritet; tidsprioritet: string; beloep: number }[];
  loependeBidragskrav: number;
  trekkpaalegg: { organisasjonsnummer: string; prosent: number; gjelderFra: string }[];
}

interface TestSak extends Omit<StatusPaaSak, 'krav' | 'saksoekere' | 'saksoekte'> {
  trekk?: FastTrekk;
}

interface TestSaker {
  saksoekere: Part[];
  saksoekte: Part[];
  krav: StatusKrav[];
  trekkpliktige: Trekkpliktig[];
  saker: TestSak[];
}

const fixtures = JSON.parse(readFileSync(join(ROOT, 'seed/test-saker.json'), 'utf8')) as TestSaker;
export const TREKKPLIKTIGE: readonly Trekkpliktig[] = fixtures.trekkpliktige;

const finn = (eksternSaksreferanse: string) => fixtures.saker.find((s) => s.eksternSaksreferanse === eksternSaksreferanse);
const oere = (kroner: number) => Math.round(kroner * 100);

/** The fixtures' krav reference (written in 0.9's key) under the key of model `m`. */
function omdoept<T extends { kravreferanse?: string }>(krav: T, m: Modell): T {
  if (m.kravreferanse === 'kravreferanse') return krav;
  const { kravreferanse: ref, ...rest } = krav;
  return { [m.kravreferanse]: ref, ...rest } as unknown as T;
}

/** The fixed TEST_SAK_* answer for `eksternSaksreferanse` (krav keyed as model `m` keys them), or undefined. */
export function testSak(eksternSaksreferanse: string, m: Modell): StatusPaaSak | undefined {
  const sak = finn(eksternSaksreferanse);
  if (!sak) return undefined;
  const { beslutningsinformasjon, trekk, ...rest } = structuredClone(sak); // the trekk is the innsyn's, not the status's
  return {
    ...rest,
    ...(beslutningsinformasjon && {
      beslutningsinformasjon: beslutningsinformasjon.map((b) => ({ ...b, krav: b.krav.map((k) => omdoept(k, m)) })),
    }),
    krav: structuredClone(fixtures.krav).map((k) => omdoept(k, m)),
    saksoekere: structuredClone(fixtures.saksoekere),
    saksoekte: structuredClone(fixtures.saksoekte),
  };
}

/** The written-out trekk of a TEST_SAK_* fixture, or undefined (an own case's is drawn). */
export function testTrekk(eksternSaksreferanse: string): Trekkoppsett | undefined {
  const trekk = finn(eksternSaksreferanse)?.trekk;
  if (!trekk) return undefined;
  const trekkpliktig = (orgnr: string) => TREKKPLIKTIGE.find((p) => p.organisasjonsnummer === orgnr)!;
  return {
    andreKrav: trekk.andreKrav.map(({ beloep, ...k }) => ({ ...k, oere: oere(beloep) })),
    bidragOere: oere(trekk.loependeBidragskrav),
    paalegg: trekk.trekkpaalegg.map((p) => paalegg(trekkpliktig(p.organisasjonsnummer), p.prosent, p.gjelderFra)),
  };
}
