/**
 * MAKS_EN_ADRESSE_AV_HVER_TYPE: "En aktør kan kun ha en adresse av hver type". The rule fires for an aktør (party,
 * prosessfullmektig under the model's key, innsender) with two addresses of the same adressetype, at the later one.
 * Matches the page; both models. The table's "%ukjentBosted, postadresse, bopelsadresse, forretningsadresse,
 * postboks" reads as the value list of one placeholder: the message names the repeated type (modelled).
 */
import { defineRule, filled, list } from './lib/define.js';
import { aktoerer } from './lib/parter.js';
import { child } from './lib/text.js';

export default defineRule({
  kode: 'MAKS_EN_ADRESSE_AV_HVER_TYPE',
  tittel: 'Maks en adresse av hver type',
  beskrivelse: 'En aktør kan kun ha en adresse av hver type',
  avvikstekst: 'Man kan kun definere en adresse av type %ukjentBosted, postadresse, bopelsadresse, forretningsadresse, postboks',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'An aktoer (party, prosessfullmektig or innsender) has two addresses with the same adressetype.',
  template: 'Man kan kun definere en adresse av type %adressetype',
  *find(b, ctx) {
    for (const ref of aktoerer(b, ctx.modell)) {
      const seen = new Set<string>();
      for (const [j, adresse] of list(ref.aktoer.adresse).entries()) {
        const type = adresse?.adressetype;
        if (!filled(type)) continue;
        if (seen.has(type)) yield { sti: child(ref.sti, 'adresse', j, 'adressetype'), values: { adressetype: type } };
        seen.add(type);
      }
    }
  },
});
