/**
 * SAMME_SAKSOEKT_SOM_SAKSOEKER: "Saksøker kan ikke være saksøkt": a saksøkt has the identifier of a saksøker
 * (compared by identifikator.verdi; parties without one cannot be compared: modelled).
 */
import { defineRule } from './lib/define.js';
import { identifikatorOf, identifikatorSti, saksoekere, saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'SAMME_SAKSOEKT_SOM_SAKSOEKER',
  tittel: 'Saksøker kan ikke være saksøkt',
  beskrivelse: 'Saksøker kan ikke være saksøkt',
  avvikstekst: 'Saksøker kan ikke være saksøkt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoekt has the same identifikator.verdi as a saksoeker.',
  *find(b) {
    const saksoekerIds = new Set(saksoekere(b).map((r) => identifikatorOf(r.aktoer)));
    for (const ref of saksoekte(b)) {
      const id = identifikatorOf(ref.aktoer);
      if (id !== undefined && saksoekerIds.has(id)) yield { sti: identifikatorSti(ref) };
    }
  },
});
