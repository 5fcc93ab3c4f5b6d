/**
 * Every rule, in a fixed order (alphabetical by kode), and the rules of each information model: a rule runs under
 * the models its `modeller` names (/v1: the seed's table and the live additions that fit model 0.9; /v2: the 72
 * rules of Skatteetaten's newest page).
 */
import duplikatInnsending from './duplikat-innsending.js';
import duplikatSaksoeker from './duplikat-saksoeker.js';
import duplikatSaksoekt from './duplikat-saksoekt.js';
import erIkkeHovedenhet from './er-ikke-hovedenhet.js';
import gebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol from './gebyr-eller-sakskostnad-har-et-relatertkrav-som-ikke-er-hovedstol.js';
import hovedstolSkalIkkeHaEtRelatertKrav from './hovedstol-skal-ikke-ha-et-relatert-krav.js';
import innbetalingFramITid from './innbetaling-fram-i-tid.js';
import innsenderIkkeIdentifiserbar from './innsender-ikke-identifiserbar.js';
import innsenderIkkeOrganisasjon from './innsender-ikke-organisasjon.js';
import innsenderMangler from './innsender-mangler.js';
import innsenderSamsvarerIkkeMedAutentisering from './innsender-samsvarer-ikke-med-autentisering.js';
import kanBehandlesIForliksraadetPaakrevet from './kan-behandles-i-forliksraadet-paakrevet.js';
import kravDuplikateReferanser from './krav-duplikate-referanser.js';
import kravIkkeBenyttet from './krav-ikke-benyttet.js';
import kravIFlereTvangsgrunnlag from './krav-i-flere-tvangsgrunnlag.js';
import kravManglerForfallsdato from './krav-mangler-forfallsdato.js';
import kravOppgisUtenForfallsdato from './krav-oppgis-uten-forfallsdato.js';
import maksEnAdresseAvHverType from './maks-en-adresse-av-hver-type.js';
import mangelfulleKontoopplysninger from './mangelfulle-kontoopplysninger.js';
import manglerKrav from './mangler-krav.js';
import manglerOpplysningerBevillingshaver from './mangler-opplysninger-bevillingshaver.js';
import manglerOpplysningerOmSaksoeker from './mangler-opplysninger-om-saksoeker.js';
import manglerOpplysningerOmSaksoekt from './mangler-opplysninger-om-saksoekt.js';
import manglerOpplysningerProsessfullmektig from './mangler-opplysninger-prosessfullmektig.js';
import manglerOpplysningerProsessfullmektigPerson from './mangler-opplysninger-prosessfullmektig-person.js';
import paastandPaakrevet from './paastand-paakrevet.js';
import paragraf418VarselPaakrevet from './paragraf-4-18-varsel-paakrevet.js';
import paragraf419VarselPaakrevet from './paragraf-4-19-varsel-paakrevet.js';
import prioritetMangler from './prioritet-mangler.js';
import relaterteKravKanIkkePekePaaSegSelv from './relaterte-krav-kan-ikke-peke-paa-seg-selv.js';
import relaterteKravMaaFinnes from './relaterte-krav-maa-finnes.js';
import relaterteKravUgyldigeKravreferanser from './relaterte-krav-ugyldige-kravreferanser.js';
import rentekravKanBareRelateresTilEttKrav from './rentekrav-kan-bare-relateres-til-ett-krav.js';
import rentekravKanIkkeHaRentekrav from './rentekrav-kan-ikke-ha-rentekrav.js';
import rentekravKanIkkeHaRenteopplysninger from './rentekrav-kan-ikke-ha-renteopplysninger.js';
import rentekravPeriodeMaaHaGyldigPeriode from './rentekrav-periode-maa-ha-gyldig-periode.js';
import rentekravTilknyttetIkkeRentekrav from './rentekrav-tilknyttet-ikke-rentekrav.js';
import renteMaaHaRelatertKrav from './rente-maa-ha-relatert-krav.js';
import saksoekersInnenlandsAdresseUgyldig from './saksoekers-innenlands-adresse-ugyldig.js';
import saksoekersUtenlandsAdresseUgyldig from './saksoekers-utenlands-adresse-ugyldig.js';
import saksoektErEnk from './saksoekt-er-enk.js';
import saksoektErIkkeHovedenhet from './saksoekt-er-ikke-hovedenhet.js';
import saksoektGammeltRegelverk from './saksoekt-gammelt-regelverk.js';
import saksoektManglerIRegisteret from './saksoekt-mangler-i-registeret.js';
import saksokerErEnk from './saksoker-er-enk.js';
import saksoektesInnenlandsAdresseUgyldig from './saksoektes-innenlands-adresse-ugyldig.js';
import saksoektesUtenlandsAdresseUgyldig from './saksoektes-utenlands-adresse-ugyldig.js';
import sammeSaksoektSomSaksoeker from './samme-saksoekt-som-saksoeker.js';
import tvangsgrunnlagUgyldigeKravreferanser from './tvangsgrunnlag-ugyldige-kravreferanser.js';
import uavklartStatus from './uavklart-status.js';
import ugyldigBeloep from './ugyldig-beloep.js';
import ugyldigKid from './ugyldig-kid.js';
import ugyldigKontonr from './ugyldig-kontonr.js';
import ugyldigOrgnrProsessfullmektig from './ugyldig-orgnr-prosessfullmektig.js';
import ugyldigRente from './ugyldig-rente.js';
import ugyldigStatus from './ugyldig-status.js';
import ugyldigVedleggBetalingsoppfordring from './ugyldig-vedlegg-betalingsoppfordring.js';
import ugyldigVedleggFullmakt from './ugyldig-vedlegg-fullmakt.js';
import ugyldigVedleggTransporterklaering from './ugyldig-vedlegg-transporterklaering.js';
import ugyldigVedleggTvangsgrunnlag from './ugyldig-vedlegg-tvangsgrunnlag.js';
import ugyldigVedleggTvangskraftgrunnlag from './ugyldig-vedlegg-tvangskraftgrunnlag.js';
import ulovligEndringBegjaeringsdato from './ulovlig-endring-begjaeringsdato.js';
import ulovligEndringInnsender from './ulovlig-endring-innsender.js';
import ulovligEndringSaksoeker from './ulovlig-endring-saksoeker.js';
import ulovligEndringSaksoekt from './ulovlig-endring-saksoekt.js';
import ulovligEndringUnderskrift from './ulovlig-endring-underskrift.js';
import vedleggSkalHaReferanseTilBegjaeringen from './vedlegg-skal-ha-referanse-til-begjaeringen.js';
import vedleggSkalHaUuid from './vedlegg-skal-ha-uuid.js';
import vedleggSkalIkkeHaFeilet from './vedlegg-skal-ikke-ha-feilet.js';
import vedleggSkalVaereTilgjengelig from './vedlegg-skal-vaere-tilgjengelig.js';
import vedleggSkalVaereVirussjekketValidertOgKonvertert from './vedlegg-skal-vaere-virussjekket-validert-og-konvertert.js';
import prioritetManglerPaaRenteopplysninger from './prioritet-mangler-paa-renteopplysninger.js';
import prioritetManglerPaaRettsgebyr from './prioritet-mangler-paa-rettsgebyr.js';
import { MODELLVERSJONER, type Modellversjon } from './lib/modell.js';
import type { Rule } from './types.js';

const byKode = (a: { kode: string }, b: { kode: string }): number => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0);

export const rules: readonly Rule[] = Object.freeze([
  duplikatInnsending,
  duplikatSaksoeker,
  duplikatSaksoekt,
  erIkkeHovedenhet,
  gebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol,
  hovedstolSkalIkkeHaEtRelatertKrav,
  innbetalingFramITid,
  innsenderIkkeIdentifiserbar,
  innsenderIkkeOrganisasjon,
  innsenderMangler,
  innsenderSamsvarerIkkeMedAutentisering,
  kanBehandlesIForliksraadetPaakrevet,
  kravDuplikateReferanser,
  kravIkkeBenyttet,
  kravIFlereTvangsgrunnlag,
  kravManglerForfallsdato,
  kravOppgisUtenForfallsdato,
  maksEnAdresseAvHverType,
  mangelfulleKontoopplysninger,
  manglerKrav,
  manglerOpplysningerBevillingshaver,
  manglerOpplysningerOmSaksoeker,
  manglerOpplysningerOmSaksoekt,
  manglerOpplysningerProsessfullmektig,
  manglerOpplysningerProsessfullmektigPerson,
  paastandPaakrevet,
  paragraf418VarselPaakrevet,
  paragraf419VarselPaakrevet,
  prioritetMangler,
  prioritetManglerPaaRenteopplysninger,
  prioritetManglerPaaRettsgebyr,
  relaterteKravKanIkkePekePaaSegSelv,
  relaterteKravMaaFinnes,
  relaterteKravUgyldigeKravreferanser,
  rentekravKanBareRelateresTilEttKrav,
  rentekravKanIkkeHaRentekrav,
  rentekravKanIkkeHaRenteopplysninger,
  rentekravPeriodeMaaHaGyldigPeriode,
  rentekravTilknyttetIkkeRentekrav,
  renteMaaHaRelatertKrav,
  saksoekersInnenlandsAdresseUgyldig,
  saksoekersUtenlandsAdresseUgyldig,
  saksoektErEnk,
  saksoektErIkkeHovedenhet,
  saksoektGammeltRegelverk,
  saksoektManglerIRegisteret,
  saksokerErEnk,
  saksoektesInnenlandsAdresseUgyldig,
  saksoektesUtenlandsAdresseUgyldig,
  sammeSaksoektSomSaksoeker,
  tvangsgrunnlagUgyldigeKravreferanser,
  uavklartStatus,
  ugyldigBeloep,
  ugyldigKid,
  ugyldigKontonr,
  ugyldigOrgnrProsessfullmektig,
  ugyldigRente,
  ugyldigStatus,
  ugyldigVedleggBetalingsoppfordring,
  ugyldigVedleggFullmakt,
  ugyldigVedleggTransporterklaering,
  ugyldigVedleggTvangsgrunnlag,
  ugyldigVedleggTvangskraftgrunnlag,
  ulovligEndringBegjaeringsdato,
  ulovligEndringInnsender,
  ulovligEndringSaksoeker,
  ulovligEndringSaksoekt,
  ulovligEndringUnderskrift,
  vedleggSkalHaReferanseTilBegjaeringen,
  vedleggSkalHaUuid,
  vedleggSkalIkkeHaFeilet,
  vedleggSkalVaereTilgjengelig,
  vedleggSkalVaereVirussjekketValidertOgKonvertert,
].sort(byKode));

/** The rules of each model, in the same order. */
export const rulesByModell: Readonly<Record<Modellversjon, readonly Rule[]>> = Object.freeze(
  Object.fromEntries(MODELLVERSJONER.map((m) => [m, Object.freeze(rules.filter((r) => r.modeller.includes(m)))])) as Record<
    Modellversjon,
    readonly Rule[]
  >,
);
