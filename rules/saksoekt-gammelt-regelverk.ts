/**
 * SAKSOEKT_GAMMELT_REGELVERK: a saksøkt is locked to the old enforcement rules during the 2026 transition
 * (seed/register/gammelt-regelverk.json) and must be submitted through ELSA.
 */
import { defineRule } from './lib/define.js';
import { identifikatorOf, identifikatorSti, saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSOEKT_GAMMELT_REGELVERK',
  tittel: 'Saksøkt på gammelt regelverk',
  beskrivelse: 'Begjæringen angir saksøkt som må behandles etter gammelt regelverk',
  avvikstekst: 'Saksøkt med identifikator %identifikator må behandles etter gammelt regelverk, og må sendes inn via ELSA',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoekt identifier is listed in seed/register/gammelt-regelverk.json.',
  *find(b, ctx) {
    for (const ref of saksoekte(b)) {
      const id = identifikatorOf(ref.aktoer);
      if (id !== undefined && ctx.register.isOldRules(id)) yield { sti: identifikatorSti(ref), values: { identifikator: id } };
    }
  },
});
