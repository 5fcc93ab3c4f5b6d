/**
 * MANGLER_OPPLYSNINGER_OM_SAKSOEKER: a saksøker must be given with one of the text's four alternatives: orgnummer and
 * navn; navn and adresse; personal identifier, etternavn and fornavn; fødselsdato, etternavn and fornavn. The rule
 * fires for a saksøker that meets none, and once at /saksoeker when there is none at all (modelled). Matches the
 * page; both models.
 */
import { defineRule, filled, list } from './lib/define.js';
import type { Aktoer } from './lib/model.js';
import { label, navnOf, saksoekere } from './lib/parter.js';
import { pointer } from './lib/text.js';

function identifies(a: Aktoer): boolean {
  const v = a.virksomhet;
  const p = a.person;
  const fullName = filled(p?.personnavn?.fornavn) && filled(p?.personnavn?.etternavn);
  return (
    (filled(v?.identifikator?.verdi) && filled(v?.navn)) ||
    (navnOf(a) !== undefined && list(a.adresse).length > 0) ||
    (filled(p?.identifikator?.verdi) && fullName) ||
    (filled(p?.foedselsdato) && fullName)
  );
}

export default defineRule({
  kode: 'MANGLER_OPPLYSNINGER_OM_SAKSOEKER',
  tittel: 'Mangler opplysninger om saksøker',
  beskrivelse: 'Begjæring må inneholde et minimum av opplysninger for å identifisere saksøker',
  avvikstekst: 'Saksøker %saksøker må oppgis med en av<br/>- orgnummer og navn<br/>- navn og adresse<br/>- personlig identifikator, etternavn og fornavn<br/>- fødselsdato, etternavn og fornavn',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoeker lacks every accepted combination of identifying data, or there is no saksoeker.',
  *find(b) {
    const refs = saksoekere(b);
    if (refs.length === 0) yield { sti: pointer('saksoeker'), values: { saksøker: label(undefined) } };
    for (const ref of refs) {
      if (!identifies(ref.aktoer)) yield { sti: ref.sti, values: { saksøker: label(ref.aktoer) } };
    }
  },
});
