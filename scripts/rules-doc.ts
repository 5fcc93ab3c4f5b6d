/** Writes docs/regler.md: the catalogue of every validation rule, generated from the rule modules. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/paths.js';
import { deferredRules, rules } from '../rules/registry.js';
import type { DeferredRule, Rule } from '../rules/types.js';

const KILDE = { seed: 'seed-siden (tabellen «Oversikt over valideringsfeil»)', live: 'den nåværende siden (tillegg)' } as const;

/** Table text as a markdown code span, so % placeholders and <br/> show as written. */
const code = (text: string): string => (text === '' ? '_(tom — tittelen brukes som melding, modellert)_' : '`' + text.replace(/`/g, "'") + '`');

function section(rule: Rule | DeferredRule): string {
  const lines = [
    `### ${rule.kode}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Tittel | ${rule.tittel} |`,
    `| Beskrivelse | ${rule.beskrivelse} |`,
    `| Avvikstekst | ${code(rule.avvikstekst)} |`,
    `| Gjelder kun endringer | ${rule.gjelderKunEndringer ? 'Ja' : 'Nei'} |`,
    `| Kilde | ${KILDE[rule.kilde]} |`,
    `| Utløses når | ${rule.utloeses} |`,
  ];
  if ('utsatt' in rule) lines.push(`| Venter på /v2 | ${rule.utsatt} |`);
  return lines.join('\n');
}

function renderCatalogue(): string {
  return [
    '# Valideringsregler (/v1, informasjonsmodell 0.9)',
    '',
    'Generert av `npm run rules:doc` fra modulene i `rules/`. Ikke rediger for hånd.',
    '',
    `Alle ${rules.length} reglene kjøres på hver innsending (regler som gjelder kun endringer bare ved endring), og`,
    'alle brudd returneres samlet i `kontrollutslag` (HTTP 422), sortert på kode og deretter dokumentrekkefølge.',
    '`sti` er en JSON-peker (RFC 6901) til feltet som bryter regelen. Der tabellen har en tom avvikstekst, brukes',
    'tittelen som melding (modellert).',
    '',
    '## Oversikt',
    '',
    '| Kode | Tittel | Endring |',
    '|---|---|---|',
    ...rules.map((r) => `| [${r.kode}](#${r.kode.toLowerCase()}) | ${r.tittel} | ${r.gjelderKunEndringer ? 'Ja' : 'Nei'} |`),
    '',
    '## Regler',
    '',
    ...rules.map((r) => section(r) + '\n'),
    '## Regler som venter på /v2',
    '',
    'Disse reglene fra den nåværende siden forutsetter felter i informasjonsmodell 1.x og kjøres ikke under /v1.',
    '',
    ...deferredRules.map((r) => section(r) + '\n'),
  ].join('\n');
}

const target = join(ROOT, 'docs', 'regler.md');
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(target, renderCatalogue());
console.log(`wrote ${target}: ${rules.length} rules, ${deferredRules.length} deferred`);
