/**
 * DUPLIKAT_INNSENDING: the text names a case with the same begjæringsdato and innsenderReferanse already sent
 * in; the rule looks for one among the logged-in organisation's cases (per-organisation scope: modelled, the page
 * does not say). A change (endring) that keeps both is the same case, not a duplicate. Matches the page; both models.
 */
import { defineRule, filled } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'DUPLIKAT_INNSENDING',
  tittel: 'Duplikat',
  beskrivelse: 'Duplikat innsending',
  avvikstekst: 'Sak med begjæringsdato %begjæringsdato og referanse %innsenderReferanse er allerede sendt inn',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'The organisation already submitted a case with the same begjaeringsdato and innsenderReferanse (for an endring: only when one of them changed).',
  *find(b, ctx) {
    const dato = b.begjaeringsdato;
    const referanse = b.innsenderReferanse;
    if (!filled(dato) || !filled(referanse)) return;
    const forrige = ctx.endring?.forrige;
    if (forrige && forrige.begjaeringsdato === dato && forrige.innsenderReferanse === referanse) return;
    if (ctx.finnesInnsending(dato, referanse)) {
      yield { sti: pointer('innsenderReferanse'), values: { begjæringsdato: dato, innsenderReferanse: referanse } };
    }
  },
});
