/**
 * The rule book against its sources: the seed page's validation table (seed/utleggsbegjaering-api.md) and the
 * live additions (seed/rules-current.md). Every rule there is registered (or, for the 1.x-only ones, deferred)
 * with the same texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { ROOT } from '../../server/paths.js';
import { ruleByKode } from '../../rules/engine.js';
import { deferredRules, rules } from '../../rules/registry.js';

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
    .map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()))
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

const texts = (r: Row) => ({
  tittel: r.tittel,
  beskrivelse: r.beskrivelse,
  avvikstekst: r.avvikstekst,
  gjelderKunEndringer: r.gjelderKunEndringer,
});

t.test('the seed table has its 50 rules, all registered with the seed texts (live overrides applied)', async (t) => {
  t.equal(seedRows.length, 50);
  for (const row of seedRows) {
    const rule = ruleByKode(row.kode);
    if (!t.ok(rule, `${row.kode} is registered`)) continue;
    t.same(texts(rule!), texts({ ...row, ...LIVE_OVERRIDES[row.kode] }), row.kode);
    t.equal(rule!.kilde, 'seed');
  }
});

t.test('the live additions are registered, or deferred to /v2, with the live texts', async (t) => {
  t.equal(liveRows.length, 23);
  for (const row of liveRows) {
    const rule = ruleByKode(row.kode) ?? deferredRules.find((d) => d.kode === row.kode);
    if (!t.ok(rule, `${row.kode} is registered or deferred`)) continue;
    t.same(texts(rule!), texts(row), row.kode);
    t.equal(rule!.kilde, 'live');
  }
  t.same(deferredRules.map((d) => d.kode), ['PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER', 'PRIORITET_MANGLER_PÅ_RETTSGEBYR', 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV']);
});

t.test('nothing else is registered, and the order is alphabetical by kode', async (t) => {
  const expected = [...seedRows, ...liveRows].map((r) => r.kode).filter((k) => !deferredRules.some((d) => d.kode === k));
  t.same(rules.map((r) => r.kode), [...expected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  t.equal(rules.length, 70);
});

t.test('every rule documents its trigger', async (t) => {
  for (const rule of [...rules, ...deferredRules]) t.ok(rule.utloeses.length > 10, rule.kode);
});
