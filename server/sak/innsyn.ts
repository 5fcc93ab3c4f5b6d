/**
 * "Innsyn i ett trekk": items a–e of Skatteetaten's innsyn page, for the saksøker's krav in the case's synthetic
 * trekk (trekk.ts) as the sandbox clock's today finds it. The keys fold the page's names (artsprioritet,
 * dividendegrunnlag, løpende bidragskrav, sist gjennomførte trekk, mottatte og plasserte beløp, trekkpålegg,
 * trekkpliktig, trekkets størrelse); the rest are modelled (OpenAPI Innsyn, docs/saker.md).
 */
import type { Modell } from '../../rules/lib/modell.js';
import { leggTilMaaneder } from './dato.js';
import type { BeloepValuta, Beslutning, StatusPaaSak } from './status.js';
import { testTrekk, TREKKPLIKTIGE } from './testsaker.js';
import { ARTSPRIORITETER, rang, simuler, syntetiskOppsett, trekkMed, type Artsprioritet, type Trekk, type Trekkstand } from './trekk.js';

type Kravnoekkel = Modell['kravreferanse'];

/** a) and b) for one of the saksøker's krav still in the trekk. */
export type InnsynKrav = { [K in Kravnoekkel]?: string } & {
  kravgrunnlagsidentifikator: string;
  prioritetDekningsloven: Artsprioritet;
  gjenstaaendeBeloep: BeloepValuta;
  /** a) Krav ahead of it: better artsprioritet, or the old rules' tidsprioritet. */
  sumKravMedBedreArtsprioritet: BeloepValuta;
  /** b) Krav sharing its artsprioritet, itself included (= the two dividendegrunnlag together). */
  sumKravMedLikArtsprioritet: BeloepValuta;
  dividendegrunnlag: { kravet: BeloepValuta; deAndreKravene: BeloepValuta };
};

export interface MottattBeloep {
  dato: string;
  mottatt: BeloepValuta;
  /** What of it was placed on the saksøker's krav. */
  plassert: { kravgrunnlagsidentifikator: string; beloep: BeloepValuta }[];
}

export interface InnsynTrekkpaalegg {
  trekkpliktig: { organisasjonsnummer: string; navn: string };
  trekketsStoerrelse: { trekkbeloep: BeloepValuta; trekkprosent: number };
  gjelderFra: string;
}

export interface Innsyn {
  eksternSaksreferanse: string;
  alminneligNamsmannsReferanse: string;
  /** The sandbox clock's day the figures are for. */
  innsynsdato: string;
  krav: InnsynKrav[];
  /** c) What of each month's trekk covers uforfalte bidragskrav. */
  loependeBidragskrav: BeloepValuta;
  /** d) The last trekk taken, if any yet. */
  sistGjennomfoerteTrekk?: { dato: string; beloep: BeloepValuta };
  /** d) Every trekk of today and the month before. */
  mottatteOgPlasserteBeloep: MottattBeloep[];
  /** e) Every pålegg, in force or from a later day. */
  trekkpaalegg: InnsynTrekkpaalegg[];
}

/** Why there is no innsyn (the route answers 404 KB-007 with it). */
export interface IkkeInnsyn {
  grunn: string;
}

const kroner = (oere: number): BeloepValuta => ({ beloep: oere / 100, valuta: 'NOK' });
const sum = (tall: number[]) => tall.reduce((a, b) => a + b, 0);
const artsprioritet = (verdi: string | undefined): Artsprioritet =>
  ARTSPRIORITETER.find((a) => a === verdi) ?? 'e'; // modelled: a krav without one is "øvrige krav"

/** The trekk of a case decided with utleggstrekk: the saksøker's krav as the decision lists them, and the rest. */
export function trekkFor(status: StatusPaaSak, beslutning: Beslutning, m: Modell): Trekk {
  const prioritet = new Map(status.krav.map((k) => [k[m.kravreferanse], k.prioritetDekningsloven]));
  const egne = beslutning.krav.map((k) => ({
    kravgrunnlagsidentifikator: k.kravgrunnlagsidentifikator,
    artsprioritet: artsprioritet(prioritet.get(k[m.kravreferanse])),
    oere: Math.round((k.beloep?.beloep ?? 0) * 100),
  }));
  const ref = status.eksternSaksreferanse;
  const oppsett = testTrekk(ref) ?? syntetiskOppsett(ref, beslutning.dato, egne[0]?.artsprioritet ?? 'e', TREKKPLIKTIGE);
  return trekkMed(beslutning.dato, egne, oppsett);
}

/** a) and b) for the saksøker's krav at `i`, keyed as model `m` keys krav. */
function innsynKrav(trekk: Trekk, stand: Trekkstand, i: number, ref: string | undefined, m: Modell): InnsynKrav {
  const krav = trekk.krav[i]!;
  const foran = stand.gjenstaaende.filter((_, j) => rang(trekk.krav[j]!) < rang(krav));
  const andreLike = stand.gjenstaaende.filter((_, j) => j !== i && rang(trekk.krav[j]!) === rang(krav));
  return {
    ...(ref !== undefined && { [m.kravreferanse]: ref }),
    kravgrunnlagsidentifikator: krav.kravgrunnlagsidentifikator!,
    prioritetDekningsloven: krav.artsprioritet,
    gjenstaaendeBeloep: kroner(stand.gjenstaaende[i]!),
    sumKravMedBedreArtsprioritet: kroner(sum(foran)),
    sumKravMedLikArtsprioritet: kroner(stand.gjenstaaende[i]! + sum(andreLike)),
    dividendegrunnlag: { kravet: kroner(stand.gjenstaaende[i]!), deAndreKravene: kroner(sum(andreLike)) },
  };
}

/** d) The trekk of today and one month back, with what of each went to the saksøker's krav. */
function mottatte(trekk: Trekk, stand: Trekkstand, idag: string): MottattBeloep[] {
  const fra = leggTilMaaneder(idag, -1);
  return stand.trekkdager
    .filter((d) => d.dato >= fra)
    .map((d) => ({
      dato: d.dato,
      mottatt: kroner(d.trukket),
      plassert: trekk.krav.flatMap(({ kravgrunnlagsidentifikator }, i) =>
        kravgrunnlagsidentifikator && d.plassert[i] ? [{ kravgrunnlagsidentifikator, beloep: kroner(d.plassert[i]!) }] : []),
    }));
}

/**
 * The innsyn of a case's trekk on `idag`, krav keyed as model `m` keys them; why not, when the case has no
 * established trekk (not decided with utleggstrekk: sakHevet and sakNektetFremmet never are) or its trekk is closed
 * for the saksøker (every krav covered). sakAvsluttet does not close it: the namsmann's case is done, the trekk it
 * established runs on until the krav are covered (and under the default SAK_STEG_MS every case is avsluttet an hour
 * after its decision, before its first monthly trekk).
 */
export function innsynITrekk(status: StatusPaaSak, m: Modell, idag: string): Innsyn | IkkeInnsyn {
  const ref = status.eksternSaksreferanse;
  const beslutning = status.beslutningsinformasjon?.find((b) => b.type === 'utleggstrekk');
  if (!beslutning) return { grunn: `Sak ${ref} har ikke noe etablert utleggstrekk (saksstatus ${status.saksstatus})` };
  const trekk = trekkFor(status, beslutning, m);
  const stand = simuler(trekk, idag);
  const aapne = beslutning.krav.flatMap((k, i) => (stand.gjenstaaende[i]! > 0 ? [innsynKrav(trekk, stand, i, k[m.kravreferanse], m)] : []));
  if (aapne.length === 0) return { grunn: `Trekket i sak ${ref} er avsluttet: kravene i saken er dekket` };
  const siste = stand.trekkdager.at(-1);
  return {
    eksternSaksreferanse: ref,
    alminneligNamsmannsReferanse: status.alminneligNamsmannsReferanse,
    innsynsdato: idag,
    krav: aapne,
    loependeBidragskrav: kroner(trekk.bidragOere),
    ...(siste && { sistGjennomfoerteTrekk: { dato: siste.dato, beloep: kroner(siste.trukket) } }),
    mottatteOgPlasserteBeloep: mottatte(trekk, stand, idag),
    trekkpaalegg: trekk.paalegg.map((p) => ({
      trekkpliktig: { organisasjonsnummer: p.trekkpliktig.organisasjonsnummer, navn: p.trekkpliktig.navn },
      trekketsStoerrelse: { trekkbeloep: kroner(p.oere), trekkprosent: p.prosent },
      gjelderFra: p.gjelderFra,
    })),
  };
}
