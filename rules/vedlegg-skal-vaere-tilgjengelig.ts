/**
 * VEDLEGG_SKAL_VAERE_TILGJENGELIG: the table's four variants: the uuid names no attachment of this organisation
 * ("finnes ikke"), or it is slettet, kassert or inneholderVirus (the status names are modelled).
 */
import { defineRule } from './lib/define.js';
import { variants } from './lib/text.js';
import { statusFindings } from './lib/vedlegg-rules.js';

const AVVIKSTEKST = "En av følgende:<br/>- Vedlegg '%s' med id '%s' finnes ikke.<br/>- Vedlegg '%s' er slettet.<br/>- Vedlegg '%s' er kassert.<br/>- Vedlegg '%s' inneholder virus.";
const [finnesIkke, slettet, kassert, inneholderVirus] = variants(AVVIKSTEKST);

export default defineRule({
  kode: 'VEDLEGG_SKAL_VAERE_TILGJENGELIG',
  tittel: 'Vedlegg referert til i begjæringen er ikke tilgjengelig og kan ikke benyttes',
  beskrivelse: 'Alle vedlegg knyttet til begjæringen skal være tilgjengelig',
  avvikstekst: AVVIKSTEKST,
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A referenced uuid names no stored attachment, or one with status slettet, kassert or inneholderVirus.',
  *find(b, ctx) {
    yield* statusFindings(b, ctx, { slettet, kassert, inneholderVirus }, finnesIkke);
  },
});
