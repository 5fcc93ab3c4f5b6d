/**
 * PARAGRAF_4_18_VARSEL_PAAKREVET: "For særlige tvangsgrunnlag må varsel etter § 4-18 eller begrunnelse for manglende
 * varsel være utfylt": a tvangsgrunnlag with saerligTvangsgrunnlag needs a varsel of type varselTvfbl418 with a dato
 * (the dato modelled), or a begrunnelseUnnlatVarsel. The model text says the begrunnelse "er ikke lov å fylle ut for
 * SkriftligMeddelelse", so under /v2 it does not stand in for the varsel of a skriftlig meddelelse; under /v1 it does,
 * as Skatteetaten's official 0.9 enkel example gives one there (rules/lib/varsel.ts).
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
  utloeses:
    'A tvangsgrunnlag with saerligTvangsgrunnlag has neither a varsel of type varselTvfbl418 with dato nor a begrunnelseUnnlatVarsel (2.0: a begrunnelse does not count on a skriftligMeddelelse).',
  find: varselFinder(true, 'varselTvfbl418'),
});
