/**
 * PARAGRAF_4_19_VARSEL_PAAKREVET: "Varsel etter § 4-19 eller begrunnelse for manglende varsel må være utfylt". The
 * rule reads it for the alminnelige tvangsgrunnlag, the § 4-19 case: a tvangsgrunnlag without saerligTvangsgrunnlag
 * (modelled: 0.9 has no alminneligTvangsgrunnlag object) needs a varsel of type varselTvfbl419 with a dato, or a
 * begrunnelseUnnlatVarsel (the SkriftligMeddelelse ban never applies: that is a særlig tvangsgrunnlag).
 */
import { defineRule } from './lib/define.js';
import { varselFinder } from './lib/varsel.js';

export default defineRule({
  kode: 'PARAGRAF_4_19_VARSEL_PAAKREVET',
  tittel: '§ 4-19 Varsel må fylles ut',
  beskrivelse: 'Feltet "Varsel" må fylles ut',
  avvikstekst: 'Varsel etter tvangsfullbyrdelsesloven § 4-19 eller begrunnelse for manglende varsel må være utfylt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A tvangsgrunnlag without saerligTvangsgrunnlag has neither a varsel of type varselTvfbl419 with dato nor a begrunnelseUnnlatVarsel.',
  find: varselFinder(false, 'varselTvfbl419'),
});
