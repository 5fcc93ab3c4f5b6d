/**
 * SAKSOEKT_MANGLER_I_REGISTERET: "Saksoekt må finnes i partsregisteret": the party register does not know a
 * saksøkt's identifier (lenient register: only checksum-invalid numbers are unknown; a saksøkt without identifier is
 * MANGLER_OPPLYSNINGER_OM_SAKSOEKT's). Empty avvikstekst: the title is the message (modelled).
 */
import { defineRule } from './lib/define.js';
import { identifikatorOf, identifikatorSti, saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSOEKT_MANGLER_I_REGISTERET',
  tittel: 'Saksoekt finnes ikke i registeret',
  beskrivelse: 'Saksoekt må finnes i partsregisteret',
  avvikstekst: '',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: "A saksoekt's identifikator.verdi is not in the party register (lenient mode: fails its checksum).",
  *find(b, ctx) {
    for (const ref of saksoekte(b)) {
      const id = identifikatorOf(ref.aktoer);
      if (id !== undefined && !ctx.register.lookup(id)) yield { sti: identifikatorSti(ref) };
    }
  },
});
