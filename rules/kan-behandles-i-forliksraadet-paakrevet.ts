/**
 * KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET: the begjæring must say whether the saksøker wants Forliksrådet if the
 * saksøkte objects; the model text puts that in skriftligMeddelelse.kanBehandlesIForliksrådet ("settes til true
 * dersom saken ønskes behandlet i forliksrådet"). The rule fires for a skriftlig meddelelse without a boolean there
 * (true and false both answer the question). Matches the page; both models.
 */
import { defineRule, list } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET',
  tittel: 'Ønskes saken behandlet i Forliksrådet?',
  beskrivelse: 'Begjæringen skal opplyse om saksøker ønsker behandling i forliksrådet dersom saksøkte reiser innvendinger mot kravet',
  avvikstekst: 'Må angi hvorvidt saken ønskes behandlet i Forliksrådet',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A skriftligMeddelelse has no boolean kanBehandlesIForliksraadet.',
  *find(b) {
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      const melding = tg?.saerligTvangsgrunnlag?.skriftligMeddelelse;
      if (melding && typeof melding.kanBehandlesIForliksraadet !== 'boolean') {
        yield { sti: pointer('begjaeringensTvangsgrunnlag', i, 'saerligTvangsgrunnlag', 'skriftligMeddelelse', 'kanBehandlesIForliksraadet') };
      }
    }
  },
});
