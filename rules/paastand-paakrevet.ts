/**
 * PAASTAND_PAAKREVET: "utlegg og forliksklage kombinert" needs a påstand. Modelled: the combination is a
 * skriftlig meddelelse with kanBehandlesIForliksraadet true (the case goes to Forliksrådet if the saksøkte
 * objects), or a tvangsfullbyrdelsestype naming forliksklage.
 */
import { defineRule, filled, list } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'PAASTAND_PAAKREVET',
  tittel: 'Påstand må fylles ut',
  beskrivelse: 'Påstand om resultat klager krever ved evt. dom',
  avvikstekst: 'Ved utlegg og forliksklage kombinert må påstand være utfylt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A skriftligMeddelelse with kanBehandlesIForliksraadet true (or a tvangsfullbyrdelsestype naming forliksklage) has no paastand.',
  *find(b) {
    const kombinert = /forliks/i.test(b.tvangsfullbyrdelsestype ?? '');
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      const melding = tg?.saerligTvangsgrunnlag?.skriftligMeddelelse;
      if (!melding || !(kombinert || melding.kanBehandlesIForliksraadet === true) || filled(melding.paastand)) continue;
      yield { sti: pointer('begjaeringensTvangsgrunnlag', i, 'saerligTvangsgrunnlag', 'skriftligMeddelelse', 'paastand') };
    }
  },
});
