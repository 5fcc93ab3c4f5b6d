/**
 * SAKSOEKT_GAMMELT_REGELVERK: the page ("Overgangsperioden") sends a saksøkt on the old rules to ELSA, and says a
 * begjæring with several saksøkte "må alle disse være på samme regelverk, hvis ikke må begjæringen sendes inn på
 * papir". The rule names each saksøkt on the old rules on the sandbox clock's date (the locked list, until the
 * transition period ends 31.12.2026: rules/lib/register.ts). When another saksøkt is on the new rules, the begjæring is
 * refused with the same code, but its message (modelled) says paper rather than ELSA: the table has no other code for
 * it, and ELSA would refuse that saksøkt. A saksøkt without identifier is on neither list (modelled).
 */
import { defineRule } from './lib/define.js';
import { identifikatorOf, identifikatorSti, saksoekte } from './lib/parter.js';
import { paaGammeltRegelverk } from './lib/register.js';

/** The message when the saksøkte are on different rules (modelled, in the page's words). */
const PAPIR = 'Saksøkt med identifikator %identifikator må behandles etter gammelt regelverk. Alle saksøkte må være på samme regelverk, hvis ikke må begjæringen sendes inn på papir';

export default defineRule({
  kode: 'SAKSOEKT_GAMMELT_REGELVERK',
  tittel: 'Saksøkt på gammelt regelverk',
  beskrivelse: 'Begjæringen angir saksøkt som må behandles etter gammelt regelverk',
  avvikstekst: 'Saksøkt med identifikator %identifikator må behandles etter gammelt regelverk, og må sendes inn via ELSA',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses:
    'A saksoekt identifier is listed in seed/register/gammelt-regelverk.json and the sandbox date is in the transition period (until 31.12.2026); when another saksoekt is on the new rules, the message says paper.',
  *find(b, ctx) {
    const medId = saksoekte(b).flatMap((ref) => {
      const id = identifikatorOf(ref.aktoer);
      return id === undefined ? [] : [{ ref, id, gammelt: paaGammeltRegelverk(ctx.register, id, ctx.now) }];
    });
    const ulikt = medId.some((s) => !s.gammelt);
    for (const { ref, id, gammelt } of medId) {
      if (gammelt) yield { sti: identifikatorSti(ref), values: { identifikator: id }, template: ulikt ? PAPIR : undefined };
    }
  },
});
