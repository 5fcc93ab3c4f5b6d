/**
 * PARAGRAF_4_18_VARSEL_PAAKREVET: a særlig tvangsgrunnlag (saerligTvangsgrunnlag given) needs a varsel of type varselTvfbl418 with a dato, or a
 * begrunnelseUnnlatVarsel.
 */
import { defineRule } from './lib/define.js';
import { varselFinder } from './lib/varsel.js';

export default defineRule({
  kode: 'PARAGRAF_4_18_VARSEL_PAAKREVET',
  tittel: '§ 4-18 Varsel må fylles ut',
  beskrivelse: 'Feltet "Varsel" må fylles ut',
  avvikstekst: 'For særlige tvangsgrunnlag må varsel etter tvangsfullbyrdelsesloven § 4-18 eller begrunnelse for manglende varsel være utfylt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A tvangsgrunnlag with saerligTvangsgrunnlag has neither a varsel of type varselTvfbl418 with dato nor a begrunnelseUnnlatVarsel.',
  find: varselFinder(true, 'varselTvfbl418'),
});
