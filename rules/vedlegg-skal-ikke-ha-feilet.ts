/**
 * VEDLEGG_SKAL_IKKE_HA_FEILET: the table's three failures, one message variant each: valideringFeilet,
 * konverteringFeilet, kanIkkeKonverteres (the status names are modelled).
 */
import { defineRule } from './lib/define.js';
import { variants } from './lib/text.js';
import { statusFindings } from './lib/vedlegg-rules.js';

const AVVIKSTEKST = "En av følgende:<br/>- Vedlegg '%s' er er forsøkt validert, men valideringen feilet pga teknisk feil. Vennligst forsøk å laste opp vedlegget på nytt, og hvis problemet vedvarer, kontakt support<br/>- Vedlegg '%s' feilet ved forsøk på konvertering til gyldig pdf.<br/>- Vedlegg '%s' lar seg ikke konvertere til gyldig pdf.";
const [valideringFeilet, konverteringFeilet, kanIkkeKonverteres] = variants(AVVIKSTEKST);

export default defineRule({
  kode: 'VEDLEGG_SKAL_IKKE_HA_FEILET',
  tittel: 'Vedlegg referert til i begjæringen har feilet og kan ikke benyttes',
  beskrivelse: 'Alle vedlegg knyttet til begjæringen skal være uten feil',
  avvikstekst: AVVIKSTEKST,
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A referenced attachment has status valideringFeilet, konverteringFeilet or kanIkkeKonverteres.',
  *find(b, ctx) {
    yield* statusFindings(b, ctx, { valideringFeilet, konverteringFeilet, kanIkkeKonverteres });
  },
});
