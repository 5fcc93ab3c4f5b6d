/** Writes docs/regler.md: the catalogue of every validation rule, generated from the rule modules. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/paths.js';
import { rules, rulesByModell } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { API_VERSJONER } from '../server/api.js';

const KILDE = { seed: 'seed-siden (tabellen «Oversikt over valideringsfeil»)', live: 'den nåværende siden (tillegg)' } as const;

/** Table text as a markdown code span, so % placeholders and <br/> show as written. */
const code = (text: string): string => (text === '' ? '_(tom — tittelen brukes som melding, modellert)_' : '`' + text.replace(/`/g, "'") + '`');

/** Where a rule runs: the API versions of its models. */
const versjoner = (rule: Rule): string =>
  API_VERSJONER.filter((api) => rule.modeller.includes(api.modell))
    .map((api) => `${api.versjon} (${api.modell})`)
    .join(', ');

function section(rule: Rule): string {
  return [
    `### ${rule.kode}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Tittel | ${rule.tittel} |`,
    `| Beskrivelse | ${rule.beskrivelse} |`,
    `| Avvikstekst | ${code(rule.avvikstekst)} |`,
    `| Gjelder kun endringer | ${rule.gjelderKunEndringer ? 'Ja' : 'Nei'} |`,
    `| Kjøres under | ${versjoner(rule)} |`,
    `| Kilde | ${KILDE[rule.kilde]} |`,
    `| Utløses når | ${rule.utloeses} |`,
  ].join('\n');
}

function renderCatalogue(): string {
  const antall = API_VERSJONER.map((api) => `${rulesByModell[api.modell].length} under ${api.versjon} (modell ${api.modell})`).join(', ');
  return [
    '# Valideringsregler (/v2, informasjonsmodell 2.0, og /v1, informasjonsmodell 0.9)',
    '',
    'Generert av `npm run rules:doc` fra modulene i `rules/`. Ikke rediger for hånd.',
    '',
    `Reglene kjøres på hver innsending (regler som gjelder kun endringer bare ved endring): ${antall}. Alle brudd`,
    'returneres samlet i `kontrollutslag` (HTTP 422), sortert på kode og deretter dokumentrekkefølge. `sti` er en',
    'JSON-peker (RFC 6901) til feltet slik det ble sendt (modellert). Der tabellen har en tom avvikstekst, brukes',
    'tittelen som melding (modellert).',
    '',
    '## Oversikt',
    '',
    '| Kode | Tittel | Endring | Kjøres under |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [${r.kode}](#${r.kode.toLowerCase()}) | ${r.tittel} | ${r.gjelderKunEndringer ? 'Ja' : 'Nei'} | ${versjoner(r)} |`),
    '',
    '## Regler',
    '',
    ...rules.map((r) => section(r) + '\n'),
  ].join('\n');
}

const target = join(ROOT, 'docs', 'regler.md');
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(target, renderCatalogue());
console.log(`wrote ${target}: ${rules.length} rules (${API_VERSJONER.map((api) => `${api.versjon}: ${rulesByModell[api.modell].length}`).join(', ')})`);
