/**
 * VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: the table's three variants for an attachment still being
 * processed: mottatt → "ikke virussjekket", virussjekket → "ikke validert", validert → "ikke konvertert til gyldig pdf"
 * (the status names are modelled).
 */
import { defineRule } from './lib/define.js';
import { variants } from './lib/text.js';
import { statusFindings } from './lib/vedlegg-rules.js';

const AVVIKSTEKST = "En av følgende:<br/>- Vedlegg '%s' er ikke virussjekket.<br/>- Vedlegg '%s' er ikke konvertert til gyldig pdf.<br/>- Vedlegg '%s' er ikke validert.";
const [ikkeVirussjekket, ikkeKonvertert, ikkeValidert] = variants(AVVIKSTEKST);

export default defineRule({
  kode: 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT',
  tittel: 'Vedlegg referert til i begjæringen er ikke klar til å kunne benyttes enda',
  beskrivelse: 'Alle vedlegg knyttet til begjæringen skal være virussjekket, validert og konvertert',
  avvikstekst: AVVIKSTEKST,
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A referenced attachment has status mottatt, virussjekket or validert (not yet konvertert).',
  *find(b, ctx) {
    yield* statusFindings(b, ctx, { mottatt: ikkeVirussjekket, virussjekket: ikkeValidert, validert: ikkeKonvertert });
  },
});
