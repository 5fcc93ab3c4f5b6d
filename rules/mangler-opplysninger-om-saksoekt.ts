/**
 * MANGLER_OPPLYSNINGER_OM_SAKSOEKT: a saksøkt must be given with one of the text's three alternatives: personal
 * identifier, etternavn and fornavn; fødselsdato, etternavn, fornavn and adresse; orgnummer and navn. The rule fires
 * for a saksøkt that meets none, and once at /saksoekt when there is none at all (modelled). It follows its own text,
 * which accepts fødselsdato, name and address: the model text's "påkrevd med norsk identifikator for saksøkt" names
 * no rule and is left to the real service. Both models.
 */
import { defineRule, filled, list } from './lib/define.js';
import type { Aktoer } from './lib/model.js';
import { label, saksoekte } from './lib/parter.js';
import { pointer } from './lib/text.js';

function identifies(a: Aktoer): boolean {
  const v = a.virksomhet;
  const p = a.person;
  const fullName = filled(p?.personnavn?.fornavn) && filled(p?.personnavn?.etternavn);
  return (
    (filled(p?.identifikator?.verdi) && fullName) ||
    (filled(p?.foedselsdato) && fullName && list(a.adresse).length > 0) ||
    (filled(v?.identifikator?.verdi) && filled(v?.navn))
  );
}

export default defineRule({
  kode: 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT',
  tittel: 'Opplysninger om saksøkte mangler',
  beskrivelse: 'Begjæring må inneholde et minimum av opplysninger for å identifisere saksøkt',
  avvikstekst: 'Saksøkte %saksøkt må oppgis med en av<br/>- personlig identifikator, minst ett etternavn og fornavn<br/>- fødselsdato, etternavn, fornavn og adresse<br/>- orgnummer og navn',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoekt lacks every accepted combination of identifying data, or there is no saksoekt.',
  *find(b) {
    const refs = saksoekte(b);
    if (refs.length === 0) yield { sti: pointer('saksoekt'), values: { saksøkt: label(undefined) } };
    for (const ref of refs) {
      if (!identifies(ref.aktoer)) yield { sti: ref.sti, values: { saksøkt: label(ref.aktoer) } };
    }
  },
});
