/**
 * Every item of the changelog 1.0 → 1.1 → 2.0 (seed/skatteetaten/utleggsbegjaering.md), as a vendor meets it at
 * /v2: one change to the 2.0 enkel example (attachments uploaded), sent to `valider`, and the answer the model says
 * — 204, a 400 naming the field (removed codes with the allowed ones), an `Advarsel` for what is ignored, or the
 * named rule's 422. Where /v1 (model 0.9) answers otherwise, the same change to the official 0.9 example is sent
 * there too.
 */
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { API, API_V2, example, kallhoder, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data edited freely

interface Svar {
  status: number;
  /** kontrollutslag as `KODE sti`. */
  utslag: string[];
  melding: string[];
  advarsel: string | undefined;
}

interface Tilfelle {
  punkt: string;
  /** The change, made to the 2.0 example (and, with `v1`, to the 0.9 example). */
  endre: (b: Json) => void;
  v2: Partial<Svar>;
  v1?: Partial<Svar> & { endre?: (b: Json) => void };
}

const tg = (b: Json) => b.begjaeringensTvangsgrunnlag[0];
const sm = (b: Json) => tg(b).saerligTvangsgrunnlag.skriftligMeddelelse;
const hovedkrav = (b: Json) => b.kravTilInnkreving[0];
const rentekrav = (b: Json) => b.kravTilInnkreving[1];
const alminnelig = (domsslutning: Json) => ({
  type: 'domEllerKjennelse',
  oppfyllelsesfrist: '2024-05-01',
  domsslutningInformasjon: [{ forpliktet: [{ identifikatortype: 'taxIdentificationNumber', verdi: '44926701751', landkode: 'NO' }], berettiget: [{ identifikatortype: 'taxIdentificationNumber', verdi: '311758489', landkode: 'NO' }], ...domsslutning }],
});

const TILFELLER: Tilfelle[] = [
  // Versjon 2.0
  { punkt: '2.0 #1 eksternSaksreferanse under begjaeringensTvangsgrunnlag is optional', endre: (b) => delete tg(b).eksternSaksreferanse, v2: { status: 204 } },
  {
    punkt: '2.0 #2 inkassovarsel removed from TvangskraftgrunnlagType',
    endre: (b) => (tg(b).varsel[0].type = 'inkassovarsel'),
    v2: { status: 400, utslag: ['UGYLDIG_KODEVERDI /begjaeringensTvangsgrunnlag/0/varsel/0/type'], melding: ['/begjaeringensTvangsgrunnlag/0/varsel/0/type must be equal to one of the allowed values: varselTvfbl418, varselTvfbl419'] },
    v1: { status: 204 },
  },
  {
    punkt: '2.0 #3 ukjentOppholdsstedSakssøkt removed from BegrunnelseUnnlatVarselType',
    endre: (b) => (tg(b).begrunnelseUnnlatVarsel = 'ukjentOppholdsstedSakssøkt'),
    v2: { status: 400, utslag: ['UGYLDIG_KODEVERDI /begjaeringensTvangsgrunnlag/0/begrunnelseUnnlatVarsel'] },
    v1: { status: 204 },
  },
  {
    punkt: '2.0 #4 EPOST removed from ForsendelsesmaateType',
    endre: (b) => (sm(b).forsendelsesmaate.forsendelsesmaate = 'epost'),
    v2: { status: 400, utslag: ['UGYLDIG_KODEVERDI /begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate/forsendelsesmaate'] },
    v1: { status: 204 },
  },
  { punkt: '2.0 #5 the class Tvangskraftgrunnlag renamed Varsel: the key stays varsel', endre: () => {}, v2: { status: 204 } },
  {
    punkt: '2.0 #6 alternativElektroniskForsendelsesmaate under varsel: its attachment is checked',
    endre: (b) => (tg(b).varsel[0].alternativElektroniskForsendelsesmaate = { kanalForMeddelelse: 'sms', akseptKanalvalg: { type: 'annet', filnavn: 'aksept.pdf', uuid: 'ffffffff-ffff-4fff-8fff-ffffffffffff' } }),
    v2: { status: 422, utslag: ['VEDLEGG_SKAL_VAERE_TILGJENGELIG /begjaeringensTvangsgrunnlag/0/varsel/0/alternativElektroniskForsendelsesmaate/akseptKanalvalg/uuid'] },
  },
  // Versjon 1.1
  { punkt: '1.1 #1 saksreferanse removed: ignored, named in Advarsel', endre: (b) => (b.saksreferanse = 'saksref. 123456'), v2: { status: 204, advarsel: 'ukjente felt ignorert: /saksreferanse' } },
  {
    punkt: '1.1 #2 paalydendeBeloep removed: "vil bli ignorert" — even an invalid amount',
    endre: (b) => (tg(b).saerligTvangsgrunnlag.paalydendeBeloep = -14101.385),
    v2: { status: 204, advarsel: 'ukjente felt ignorert: /begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/paalydendeBeloep' },
    v1: { status: 422, utslag: ['UGYLDIG_BELOEP /begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/paalydendeBeloep'] },
  },
  {
    punkt: '1.1 #3, #4 beloepSlutningGenerell and beloepSlutningSaksOmkostninger removed from Domsslutningsinformasjon',
    endre: (b) => (tg(b).alminneligTvangsgrunnlag = alminnelig({ beloepSlutningGenerell: 1, beloepSlutningSaksOmkostninger: 2 })),
    v2: { status: 204, advarsel: 'ukjente felt ignorert: /begjaeringensTvangsgrunnlag/0/alminneligTvangsgrunnlag/domsslutningInformasjon/0/beloepSlutningGenerell, /begjaeringensTvangsgrunnlag/0/alminneligTvangsgrunnlag/domsslutningInformasjon/0/beloepSlutningSaksOmkostninger' },
  },
  {
    punkt: '1.1 #5 postnummerUtland in AdresseFrittFormatUtland',
    endre: (b) => b.saksoeker[0].saksoeker.adresse.push({ adressetype: 'postadresse', adresseUtland: { adresseFrittFormatUtland: { adressetekst: ['Storgatan 1'], postnummerUtland: '111 22', poststedsnavn: 'Stockholm', landkode: 'SE' } } }),
    v2: { status: 204, advarsel: undefined },
  },
  {
    punkt: '1.1 #6 kreverFritakRettsgebyr at the root (and at /v1 a 2.0 field)',
    endre: (b) => (b.kreverFritakRettsgebyr = { aarsak: 'Fri sakførsel' }),
    v2: { status: 204, advarsel: undefined },
    v1: { status: 400, utslag: ['FEIL_MODELLVERSJON /kreverFritakRettsgebyr'] },
  },
  {
    punkt: '1.1 #7 kreverRettsgebyrErstattet an object with prioritetISakFremtidigRentekrav',
    endre: (b) => (b.kreverRettsgebyrErstattet = { prioritetISak: '4', prioritetISakFremtidigRentekrav: 5 }),
    v2: { status: 204 },
  },
  {
    punkt: '1.1 #7 kreverRettsgebyrErstattet as 0.9\'s boolean is model 0.9',
    endre: (b) => (b.kreverRettsgebyrErstattet = true),
    v2: { status: 400, utslag: ['FEIL_MODELLVERSJON /kreverRettsgebyrErstattet'] },
  },
  {
    punkt: '1.1 #7 the fee\'s priority is ranged as a krav\'s ("1"–"99")',
    endre: (b) => (b.kreverRettsgebyrErstattet = { prioritetISak: '100' }),
    v2: { status: 400, utslag: ['UGYLDIG_FORMAT /kreverRettsgebyrErstattet/prioritetISak'] },
  },
  {
    punkt: '1.1 #8 forsendelsemaateType required on a varsel in 2.0',
    endre: (b) => delete tg(b).varsel[0].forsendelsemaateType,
    v2: { status: 400, utslag: ['PAAKREVD_FELT_MANGLER /begjaeringensTvangsgrunnlag/0/varsel/0/forsendelsemaateType'] },
  },
  {
    punkt: '1.1 #8 forsendelsesmaateType read as an alias of forsendelsemaateType',
    endre: (b) => {
      const v = tg(b).varsel[0];
      v.forsendelsesmaateType = v.forsendelsemaateType;
      delete v.forsendelsemaateType;
    },
    v2: { status: 204, advarsel: 'alias lest som: /begjaeringensTvangsgrunnlag/0/varsel/0/forsendelsesmaateType=forsendelsemaateType' },
  },
  {
    punkt: '1.1 #9 the new BegrunnelseUnnlatVarselType codes',
    endre: (b) => (b.begjaeringensTvangsgrunnlag[0].begrunnelseUnnlatVarsel = 'fullbyrdelsenKanBliVanskeliggjort'),
    v2: { status: 204 },
  },
  { punkt: '1.1 #10 eFaktura and eBoks', endre: (b) => (tg(b).varsel[0].forsendelsemaateType = 'eBoks', sm(b).forsendelsesmaate.forsendelsesmaate = 'eFaktura'), v2: { status: 204 } },
  {
    punkt: '1.1 #11 beloep required in BeløpValuta',
    endre: (b) => delete hovedkrav(b).opprinneligBeloep.beloep,
    v2: { status: 400, utslag: ['PAAKREVD_FELT_MANGLER /kravTilInnkreving/0/opprinneligBeloep/beloep'] },
    v1: { status: 204 },
  },
  {
    punkt: '1.1 #12 startDato required in Datoperiode',
    endre: (b) => delete rentekrav(b).rentekrav.rentePeriode.startDato,
    v2: { status: 400, utslag: ['PAAKREVD_FELT_MANGLER /kravTilInnkreving/1/rentekrav/rentePeriode/startDato'] },
  },
  {
    punkt: '1.1 #12 the 0.9 spellings startdato/sluttdato read as aliases',
    endre: (b) => (rentekrav(b).rentekrav.rentePeriode = { startdato: '2024-06-02', sluttdato: '2024-07-02' }),
    v2: { status: 204, advarsel: 'alias lest som: /kravTilInnkreving/1/rentekrav/rentePeriode/startdato=startDato, /kravTilInnkreving/1/rentekrav/rentePeriode/sluttdato=sluttDato' },
  },
  {
    punkt: '1.1 #12 both spellings with different values: 400 naming both',
    endre: (b) => (rentekrav(b).rentekrav.rentePeriode.startdato = '2024-06-03'),
    v2: { status: 400, utslag: ['MOTSTRIDENDE_FELT /kravTilInnkreving/1/rentekrav/rentePeriode/startdato'], melding: ['/kravTilInnkreving/1/rentekrav/rentePeriode/startdato og /kravTilInnkreving/1/rentekrav/rentePeriode/startDato er samme felt med ulike verdier; send bare startDato'] },
  },
  {
    punkt: '1.1 #13 a Rentekrav is given without forfallsdato (and /v1 keeps the 0.9 rule)',
    endre: (b) => (rentekrav(b).kravforfall = { forfallsdato: '2024-06-15' }),
    v2: { status: 422, utslag: ['KRAV_OPPGIS_UTEN_FORFALLSDATO /kravTilInnkreving/1/kravforfall/forfallsdato'], melding: ['Rentekrav med kravreferanse RentekravPåHovedkrav_00890772001_1 skal oppgis uten forfallsdato'] },
    v1: { status: 204 },
  },
  { punkt: '1.1 #14 the class Namsmannsdistrikt renamed ValgtNamsmannsdistrikt: the key stays', endre: () => {}, v2: { status: 204 } },
  // Versjon 1.0
  {
    punkt: '1.0 #1 saksoekerReferanse and saksoektReferanse removed',
    endre: (b) => ((b.saksoeker[0].saksoekerReferanse = 'x'), (b.saksoekt[0].saksoektReferanse = 'y')),
    v2: { status: 204, advarsel: 'ukjente felt ignorert: /saksoeker/0/saksoekerReferanse, /saksoekt/0/saksoektReferanse' },
  },
  {
    punkt: '1.0 #2 forpliktet and berettiget 1..*',
    endre: (b) => (tg(b).alminneligTvangsgrunnlag = alminnelig({ forpliktet: [] })),
    v2: { status: 400, utslag: ['UGYLDIG_STRUKTUR /begjaeringensTvangsgrunnlag/0/alminneligTvangsgrunnlag/domsslutningInformasjon/0/forpliktet'] },
  },
  {
    punkt: '1.0 #3 the prosessfullmektig rules read saksoekersProsessfullmektig',
    endre: (b) => delete b.saksoeker[0].saksoekersProsessfullmektig.bevillingshaver,
    v2: { status: 422, utslag: ['MANGLER_OPPLYSNINGER_BEVILLINGSHAVER /saksoeker/0/saksoekersProsessfullmektig/bevillingshaver'] },
    v1: { status: 422, utslag: ['MANGLER_OPPLYSNINGER_BEVILLINGSHAVER /saksoeker/0/prosessfullmektig/bevillingshaver'], endre: (b) => delete b.saksoeker[0].prosessfullmektig.bevillingshaver },
  },
  {
    punkt: '1.0 #3 0.9\'s prosessfullmektig is model 0.9',
    endre: (b) => ((b.innsender.prosessfullmektig = b.innsender.innsendersProsessfullmektig), delete b.innsender.innsendersProsessfullmektig),
    v2: { status: 400, utslag: ['FEIL_MODELLVERSJON /innsender/prosessfullmektig'] },
  },
  {
    punkt: '1.0 #4 inkassobevillingshaverNummer removed',
    endre: (b) => (b.innsender.innsendersProsessfullmektig.bevillingshaver.inkassobevillingshaverNummer = '123212132'),
    v2: { status: 204, advarsel: 'ukjente felt ignorert: /innsender/innsendersProsessfullmektig/bevillingshaver/inkassobevillingshaverNummer' },
  },
  {
    punkt: '1.0 #6 domsreferanse removed',
    endre: (b) => (tg(b).alminneligTvangsgrunnlag = { ...alminnelig({}), domsreferanse: 'x' }),
    v2: { status: 204, advarsel: 'ukjente felt ignorert: /begjaeringensTvangsgrunnlag/0/alminneligTvangsgrunnlag/domsreferanse' },
  },
  {
    punkt: '1.0 #7 referanseSak removed',
    endre: (b) => (tg(b).saerligTvangsgrunnlag.referanseSak = 'x'),
    v2: { status: 204, advarsel: 'ukjente felt ignorert: /begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/referanseSak' },
  },
  {
    punkt: '1.0 #8 the changelog\'s spelling alternativElektroniskForesendelsesmaate read as an alias',
    endre: (b) => {
      const fm = sm(b).forsendelsesmaate;
      fm.alternativElektroniskForesendelsesmaate = fm.alternativElektroniskForsendelsesmaate;
      delete fm.alternativElektroniskForsendelsesmaate;
    },
    v2: { status: 204, advarsel: 'alias lest som: /begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate/alternativElektroniskForesendelsesmaate=alternativElektroniskForsendelsesmaate' },
  },
  {
    punkt: '1.0 #9 0.9\'s kravreferanse is model 0.9',
    endre: (b) => ((hovedkrav(b).kravreferanse = hovedkrav(b).innsendersKravreferanse), delete hovedkrav(b).innsendersKravreferanse),
    v2: { status: 400, utslag: ['FEIL_MODELLVERSJON /kravTilInnkreving/0/kravreferanse'] },
  },
  {
    punkt: '1.0 #10 kravEndring: its amount is checked',
    endre: (b) => (hovedkrav(b).kravEndring = { dato: '2024-07-01', beloep: { beloep: 100.005, valuta: 'NOK' }, begrunnelse: 'Nedjustert' }),
    v2: { status: 422, utslag: ['UGYLDIG_BELOEP /kravTilInnkreving/0/kravEndring/beloep/beloep'], melding: ['Beløp 100.005 er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt'] },
  },
  {
    punkt: '1.0 #11 rentekrav with renteGrunnlag and the rate it was computed with',
    endre: (b) => Object.assign(rentekrav(b).rentekrav, { renteGrunnlag: { beloep: 11000.14, valuta: 'NOK' }, beregnetMedForsinkelsesrente: false, beregnetMedAvtaltRentesats: 8.555 }),
    v2: { status: 422, utslag: ['UGYLDIG_RENTE /kravTilInnkreving/1/rentekrav/beregnetMedAvtaltRentesats'] },
  },
  {
    punkt: '1.0 #11 0.9\'s erRentekrav is model 0.9',
    endre: (b) => ((rentekrav(b).erRentekrav = rentekrav(b).rentekrav), delete rentekrav(b).rentekrav),
    v2: { status: 400, utslag: ['FEIL_MODELLVERSJON /kravTilInnkreving/1/erRentekrav'] },
  },
  {
    punkt: '1.0 #12 ukjentFullmektigMedKjentOppholdssted (and 2.0 #3 removed it again)',
    endre: (b) => (tg(b).begrunnelseUnnlatVarsel = 'ukjentFullmektigMedKjentOppholdssted'),
    v2: { status: 400, utslag: ['UGYLDIG_KODEVERDI /begjaeringensTvangsgrunnlag/0/begrunnelseUnnlatVarsel'] },
  },
  {
    punkt: '1.0 #13 skyldnererklaering in Gjeldsbrev — and only one kind of særlig tvangsgrunnlag',
    endre: (b) => (tg(b).saerligTvangsgrunnlag.gjeldsbrev = { skyldnererklaering: true, inndrivelsesklausul: true }),
    v2: { status: 400, utslag: ['UGYLDIG_KOMBINASJON /begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag'], melding: ['/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag kan ha bare én av tvangsmulktEllerLovbestemmelse, skriftligMeddelelse, gjeldsbrev, elektroniskGjeldserklaering, sjekkEllerVeksel; fant skriftligMeddelelse, gjeldsbrev'] },
  },
  {
    punkt: '1.0 #14 tvangsfullbyrdelsestype utleggOgForliksklageKombinert, and nothing else but utlegg',
    endre: (b) => (b.tvangsfullbyrdelsestype = 'utleggOgForliksklageKombinert'),
    v2: { status: 204 },
  },
  {
    punkt: '1.0 #14 an unknown tvangsfullbyrdelsestype is refused',
    endre: (b) => (b.tvangsfullbyrdelsestype = 'foo'),
    v2: { status: 400, utslag: ['UGYLDIG_KODEVERDI /tvangsfullbyrdelsestype'] },
    v1: { status: 204 },
  },
  {
    punkt: '1.0 #15 avtaltRentesats is a Prosent: 8.5 passes, 8.555 breaks UGYLDIG_RENTE',
    endre: (b) => (hovedkrav(b).renteOpplysning.avtaltRentesats = 8.555),
    v2: { status: 422, utslag: ['UGYLDIG_RENTE /kravTilInnkreving/0/renteOpplysning/avtaltRentesats'] },
  },
  {
    punkt: '1.0 #16 avsender removed from SkriftligMeddelelse',
    endre: (b) => (sm(b).avsender = { identifikatortype: 'taxIdentificationNumber', verdi: '312597772', landkode: 'NO' }),
    v2: { status: 204, advarsel: 'ukjente felt ignorert: /begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/avsender' },
  },
  // The model text
  {
    punkt: '"underskrift … er påkrevd å sende"',
    endre: (b) => delete b.underskrift,
    v2: { status: 400, utslag: ['PAAKREVD_FELT_MANGLER /underskrift'] },
    v1: { status: 204 },
  },
  {
    punkt: '"rentebærendeKrav må fylles ut dersom man sender inn et krav som det kreves renter for": 400 naming the krav',
    endre: (b) => delete hovedkrav(b).rentebaerendeKrav,
    v2: { status: 400, utslag: ['PAAKREVD_FELT_MANGLER /kravTilInnkreving/0/rentebaerendeKrav'] },
  },
];

/** The parts of the answer the case names, compared exactly. */
function delAv(svar: Svar, forventet: Partial<Svar>): Partial<Svar> {
  return Object.fromEntries(Object.keys(forventet).map((k) => [k, svar[k as keyof Svar]]));
}

async function valider(app: FastifyInstance, headers: Record<string, string>, url: string, payload: Json): Promise<Svar> {
  const res = await app.inject({ method: 'POST', url: `${url}/utleggsbegjaering/valider`, headers, payload });
  const body = res.statusCode === 204 ? {} : res.json();
  const utslag = (body.kontrollutslag ?? []) as { kode: string; sti: string; melding: string }[];
  return {
    status: res.statusCode,
    utslag: utslag.map((k) => `${k.kode} ${k.sti}`),
    melding: utslag.map((k) => k.melding),
    advarsel: res.headers.advarsel as string | undefined,
  };
}

t.test('the changelog, item by item', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, '312597772');
  const headers = { authorization: `Bearer ${token}`, ...kallhoder() };
  const v2 = await lastOppVedleggFor(app, token, example('enkel', '2.0'));
  const v09 = await lastOppVedleggFor(app, token, example('enkel'));
  for (const { punkt, endre, v2: forventet, v1 } of TILFELLER) {
    const b = structuredClone(v2) as Json;
    endre(b);
    t.same(delAv(await valider(app, headers, API_V2, b), forventet), forventet, `/v2 ${punkt}`);
    if (!v1) continue;
    const { endre: endre1 = endre, ...forventet1 } = v1;
    const a = structuredClone(v09) as Json;
    endre1(a);
    t.same(delAv(await valider(app, headers, API, a), forventet1), forventet1, `/v1 ${punkt}`);
  }
});
