/**
 * INNSENDER_IKKE_ORGANISASJON: "Innsender må være en organisasjon". The rule fires when the innsender is given as a
 * person only, or its identifier is a person in the party register. Matches the page; both models.
 */
import { defineRule } from './lib/define.js';
import { identifikatorOf, label } from './lib/parter.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'INNSENDER_IKKE_ORGANISASJON',
  tittel: 'Innsender er ikke en organisasjon',
  beskrivelse: 'Innsender må være en organisasjon',
  avvikstekst: 'Innsender %innsender er ikke en organisasjon',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'innsender.innsender is a person (no virksomhet), or the register knows its identifier as a person.',
  *find(b, ctx) {
    const innsender = b.innsender?.innsender;
    if (!innsender) return;
    const id = identifikatorOf(innsender);
    const kind = id === undefined ? undefined : ctx.register.lookup(id)?.kind;
    if (kind === 'person' || (!innsender.virksomhet && innsender.person)) {
      yield { sti: pointer('innsender', 'innsender'), values: { innsender: label(innsender) } };
    }
  },
});
