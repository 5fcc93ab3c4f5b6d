/**
 * INNSENDER_IKKE_IDENTIFISERBAR: "Begjæringen må angi en innsender som kan identifiseres". The rule fires when the
 * innsender has no identifier, or one the party register does not know ("identified" = known to the register:
 * modelled; the lenient register knows any checksum-valid number, as Tenor's synthetic parties need). Matches the
 * page; both models.
 */
import { defineRule } from './lib/define.js';
import { identifikatorOf, identifikatorSti, label } from './lib/parter.js';
import { pointer } from './lib/text.js';

const STI = pointer('innsender', 'innsender');

export default defineRule({
  kode: 'INNSENDER_IKKE_IDENTIFISERBAR',
  tittel: 'Ukjent innsender',
  beskrivelse: 'Begjæringen må angi en innsender som kan identifiseres',
  avvikstekst: 'Innsender %innsender kan ikke identifiseres',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'innsender.innsender has no identifikator.verdi, or the party register does not know it.',
  *find(b, ctx) {
    const innsender = b.innsender?.innsender;
    if (!innsender) return;
    const id = identifikatorOf(innsender);
    if (id === undefined || !ctx.register.lookup(id)) {
      yield { sti: identifikatorSti({ aktoer: innsender, sti: STI }), values: { innsender: label(innsender) } };
    }
  },
});
