/**
 * MANGLER_OPPLYSNINGER_BEVILLINGSHAVER: "Inkassobyrået %prosessfullmektig må oppgi bevillingshaver"; the model text:
 * "Som inkassoselskap skal du sende inn … bevillingshaver" and "skal bevillingshavers navn fylles ut". The rule fires
 * for a prosessfullmektig (under the model's key) of virksomhetstype inkassovirksomhet without a bevillingshaver with
 * fornavn and etternavn (2.0 removed inkassobevillingshaverNummer, 1.0 #4: the name is all there is). Matches the
 * page; both models. Advokater, whose bevillingshaver the model text also asks for, are not "Inkassobyrået": not
 * this rule's.
 */
import { defineRule, filled } from './lib/define.js';
import { label, prosessfullmektiger } from './lib/parter.js';

export default defineRule({
  kode: 'MANGLER_OPPLYSNINGER_BEVILLINGSHAVER',
  tittel: 'Opplysninger om bevillingshaver mangler',
  beskrivelse: 'Inkassobyrået må oppgi en bevillingshaver',
  avvikstekst: 'Inkassobyrået %prosessfullmektig må oppgi bevillingshaver',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A prosessfullmektig with virksomhetstype inkassovirksomhet has no bevillingshaver with fornavn and etternavn.',
  *find(b, ctx) {
    for (const { fullmektig, sti } of prosessfullmektiger(b, ctx.modell)) {
      const a = fullmektig.prosessfullmektig;
      if (a?.virksomhet?.virksomhetstype !== 'inkassovirksomhet') continue;
      const navn = fullmektig.bevillingshaver?.navn;
      if (filled(navn?.fornavn) && filled(navn?.etternavn)) continue;
      yield { sti: sti + '/bevillingshaver', values: { prosessfullmektig: label(a) } };
    }
  },
});
