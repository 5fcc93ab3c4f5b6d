/**
 * The rule book against its sources. /v1 (model 0.9): the seed page's validation table
 * (seed/utleggsbegjaering-api.md) and the live additions that fit model 0.9 (seed/rules-current.md). /v2 (model
 * 2.0): the 72 rules of Skatteetaten's newest page (seed/skatteetaten/utleggsbegjaering.md, tab "Feilkoder"), each
 * with that page's texts exactly, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { ROOT } from '../../server/paths.js';
import { ruleByKode } from '../../rules/engine.js';
import { rules, rulesByModell } from '../../rules/registry.js';

interface Row {
  kode: string;
  gjelderKunEndringer: boolean;
  tittel: string;
  beskrivelse: string;
  avvikstekst: string;
}

/** The rows of the markdown table whose first cell is a rule code. */
function parseTable(file: string): Row[] {
  const text = readFileSync(join(ROOT, 'seed', file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.trim().slice(1, -1).split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length === 5 && /^[A-ZÆØÅ0-9_]+$/.test(cells[0]!))
    .map(([kode, endr, tittel, beskrivelse, avvikstekst]) => ({
      kode: kode!,
      gjelderKunEndringer: endr!.replace(/\*/g, '') === 'Ja',
      tittel: tittel!,
      beskrivelse: beskrivelse!,
      avvikstekst: avvikstekst!,
    }));
}

/** The live page's text changes to seed rules, as seed/rules-current.md lists them. */
const LIVE_OVERRIDES: Record<string, Partial<Row>> = {
  RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: {
    avvikstekst: 'Krav med kravreferanse %hovedkravRef peker på relatert krav med kravreferanse %relatertKravRef som ikke eksisterer',
    beskrivelse: 'Kravreferanser må være gyldige',
  },
  'RELATERTE_KRAV_MÅ_FINNES': { tittel: 'Relaterte krav må peke til krav i samme tvangsgrunnlag' },
  UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING: { avvikstekst: 'Vedlegg for betalingsoppfordring med filnavn %filnavn må være av type betalingsoppfordring' },
  UGYLDIG_VEDLEGG_FULLMAKT: { avvikstekst: 'Vedlegg for fullmakt med filnavn %filnavn må være av type fullmakt' },
  'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING': { avvikstekst: 'Vedlegg for transporterklæring med filnavn %filnavn må være av type transporterklæring' },
  UGYLDIG_VEDLEGG_TVANGSGRUNNLAG: { avvikstekst: 'Vedlegg for tvangsgrunnlag med betegnelse %betegnelse må være av type tvangsgrunnlag' },
  UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG: { avvikstekst: 'Vedlegg for tvangskraftgrunnlag med filnavn %filnavn må være av type tvangskraftgrunnlag' },
};

/** The reference file's annotations of the live table: "(empty)", "(same as title)", "(sic, truncated)". */
function liveText(row: Row): Row {
  const tittel = row.tittel.replace(' (sic, truncated)', '');
  return {
    ...row,
    tittel,
    beskrivelse: row.beskrivelse === '(same as title)' ? tittel : row.beskrivelse,
    avvikstekst: row.avvikstekst === '(empty)' ? '' : row.avvikstekst,
  };
}

const seedRows = parseTable('utleggsbegjaering-api.md');
const liveRows = parseTable('rules-current.md').map(liveText);
const newestRows = parseTable('skatteetaten/utleggsbegjaering.md');

/** The live rules that need model 1.x (they run only under /v2). */
const BARE_2_0 = ['PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER', 'PRIORITET_MANGLER_PÅ_RETTSGEBYR', 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV'];

const texts = (r: Row) => ({
  tittel: r.tittel,
  beskrivelse: r.beskrivelse,
  avvikstekst: r.avvikstekst,
  gjelderKunEndringer: r.gjelderKunEndringer,
});

const byKode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const koder = (model: '0.9' | '2.0') => rulesByModell[model].map((r) => r.kode);

t.test('/v1: the seed table has its 50 rules, all run with the seed texts (live overrides applied)', async (t) => {
  t.equal(seedRows.length, 50);
  for (const row of seedRows) {
    const rule = ruleByKode(row.kode);
    if (!t.ok(rule, `${row.kode} is registered`)) continue;
    t.same(texts(rule!), texts({ ...row, ...LIVE_OVERRIDES[row.kode] }), row.kode);
    t.equal(rule!.kilde, 'seed');
    t.ok(rule!.modeller.includes('0.9'), `${row.kode} runs under /v1`);
  }
});

t.test('/v1: the live additions run with the live texts, but the three that need model 1.x', async (t) => {
  t.equal(liveRows.length, 23);
  for (const row of liveRows) {
    const rule = ruleByKode(row.kode);
    if (!t.ok(rule, `${row.kode} is registered`)) continue;
    t.same(texts(rule!), texts(row), row.kode);
    t.equal(rule!.kilde, 'live');
    t.equal(rule!.modeller.includes('0.9'), !BARE_2_0.includes(row.kode), `${row.kode} under /v1`);
  }
});

t.test('/v1 runs exactly those 70, alphabetically', async (t) => {
  const expected = [...seedRows, ...liveRows].map((r) => r.kode).filter((k) => !BARE_2_0.includes(k));
  t.same(koder('0.9'), [...expected].sort(byKode));
  t.equal(koder('0.9').length, 70);
});

t.test('/v2 runs exactly the 72 rules of the newest page, each with its texts', async (t) => {
  t.equal(newestRows.length, 72);
  t.same(koder('2.0'), newestRows.map((r) => r.kode).sort(byKode));
  for (const row of newestRows) t.same(texts(ruleByKode(row.kode)!), texts(row), row.kode);
  t.notOk(koder('2.0').includes('MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG'), 'the rule the newest page dropped does not run under /v2');
});

t.test('every rule is registered once, declares its models and documents its trigger', async (t) => {
  t.equal(new Set(rules.map((r) => r.kode)).size, rules.length);
  t.same(rules.map((r) => r.kode), [...rules.map((r) => r.kode)].sort(byKode));
  for (const rule of rules) {
    t.ok(rule.modeller.length > 0, `${rule.kode} declares its models`);
    t.ok(rule.utloeses.length > 10, rule.kode);
  }
});
