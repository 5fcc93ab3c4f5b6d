/**
 * ULOVLIG_ENDRING_SAKSOEKER (endring only): "Det er ikke tillatt å endre saksøker": the saksøkere differ from the
 * stored version (compared by identifier, else name: modelled). Reported at each new saksøker, or at /saksoeker when one
 * was only removed. Empty avvikstekst: the title is the message (modelled).
 */
import { defineRule } from './lib/define.js';
import { label, saksoekere } from './lib/parter.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'ULOVLIG_ENDRING_SAKSOEKER',
  tittel: 'Det er ikke tillatt å endre saksøker',
  beskrivelse: 'Ulovlig endring',
  avvikstekst: '',
  gjelderKunEndringer: true,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'Endring whose set of saksoekere (by identifier, else name) differs from the stored version.',
  *find(b, ctx) {
    if (!ctx.endring) return;
    const before = new Set(saksoekere(ctx.endring.forrige).map((r) => label(r.aktoer)));
    const now = saksoekere(b);
    const added = now.filter((r) => !before.has(label(r.aktoer)));
    for (const ref of added) yield { sti: ref.sti };
    if (added.length === 0 && now.length !== before.size) yield { sti: pointer('saksoeker') };
  },
});
