/**
 * PAASTAND_PAAKREVET: "Ved utlegg og forliksklage kombinert må påstand være utfylt". The rule fires only for that
 * tvangsfullbyrdelsestype, at each skriftlig meddelelse (where the påstand lives) without one: 2.0's code
 * utleggOgForliksklageKombinert (its schema admits no other spelling); under 0.9 any value naming forliksklage,
 * 0.9's own code with the extra l (1.0 #14) included (modelled). kanBehandlesIForliksraadet does not trigger it: that
 * flag asks for Forliksrådet only "dersom saksøkte kommer med innsigelser", which a plain utlegg may also do.
 */
import { defineRule, filled, list } from './lib/define.js';
import { pointer } from './lib/text.js';

/** Names the combined utlegg and forliksklage: "forliks", or 0.9's "forlliks". */
const KOMBINERT = /forl+iks/i;

export default defineRule({
  kode: 'PAASTAND_PAAKREVET',
  tittel: 'Påstand må fylles ut',
  beskrivelse: 'Påstand om resultat klager krever ved evt. dom',
  avvikstekst: 'Ved utlegg og forliksklage kombinert må påstand være utfylt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses:
    'The tvangsfullbyrdelsestype combines utlegg and forliksklage (2.0 utleggOgForliksklageKombinert; 0.9 any value naming forliksklage) and a skriftligMeddelelse has no paastand.',
  *find(b) {
    if (!KOMBINERT.test(b.tvangsfullbyrdelsestype ?? '')) return;
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      const melding = tg?.saerligTvangsgrunnlag?.skriftligMeddelelse;
      if (melding && !filled(melding.paastand)) {
        yield { sti: pointer('begjaeringensTvangsgrunnlag', i, 'saerligTvangsgrunnlag', 'skriftligMeddelelse', 'paastand') };
      }
    }
  },
});
