/**
 * The begjæring of model 0.9 (served under /v1): the union of the two official example files
 * (seed/examples/). Every field is optional because the rules also see incomplete documents; the
 * request schema only checks shape. Fields marked "modelled" are not in the examples.
 */

export interface Identifikator {
  identifikatortype?: string;
  verdi?: string;
  landkode?: string;
}

export interface AdresseFrittFormatInnland {
  kommunenummer?: string;
  postnummer?: string;
  adressetekst?: string;
  poststedsnavn?: string;
}

/** Modelled: the examples have no foreign address; the rules name poststed and landkode. */
export interface AdresseFrittFormatUtland {
  adressetekst?: string[];
  postnummerUtland?: string;
  poststedsnavn?: string;
  landkode?: string;
}

export interface Adresse {
  adressetype?: string;
  adresseInnland?: { adresseFrittFormatInnland?: AdresseFrittFormatInnland };
  adresseUtland?: { adresseFrittFormatUtland?: AdresseFrittFormatUtland };
}

export interface Personnavn {
  fornavn?: string;
  etternavn?: string;
  mellomnavn?: string;
}

export interface Virksomhet {
  navn?: string;
  identifikator?: Identifikator;
  /** inkassovirksomhet, advokatfirma, rettshjelper, annet */
  virksomhetstype?: string;
}

export interface Person {
  personnavn?: Personnavn;
  foedselsdato?: string;
  identifikator?: Identifikator;
}

/** A party: either a virksomhet or a person, with addresses. */
export interface Aktoer {
  adresse?: Adresse[];
  virksomhet?: Virksomhet;
  person?: Person;
}

/** A reference to an uploaded attachment. */
export interface Vedlegg {
  /** betalingsoppfordring, fullmakt, transporterklæring, tvangsgrunnlag, tvangskraftgrunnlag, annet */
  type?: string;
  filnavn?: string;
  uuid?: string;
}

export interface Kontaktinformasjon {
  epostAdresse?: string;
  telefonnummer?: string;
}

export interface Bevillingshaver {
  navn?: Personnavn;
  inkassobevillingshaverNummer?: string;
}

export interface Prosessfullmektig {
  prosessfullmektig?: Aktoer;
  bevillingshaver?: Bevillingshaver;
  /** Modelled: where a fullmakt attachment is referenced (not in the examples). */
  fullmakt?: Vedlegg;
}

export interface Saksoeker {
  saksoeker?: Aktoer;
  saksoekerReferanse?: string;
  saksoekerKontaktinformasjon?: Kontaktinformasjon;
  prosessfullmektig?: Prosessfullmektig;
}

export interface Saksoekt {
  saksoekt?: Aktoer;
  saksoektReferanse?: string;
  prosessfullmektig?: Prosessfullmektig;
}

export interface Innsender {
  innsender?: Aktoer;
  prosessfullmektig?: Prosessfullmektig;
  saksbehandler?: string;
  saksbehandlersKontaktinformasjon?: Kontaktinformasjon;
}

export interface Varsel {
  dato?: string;
  /** varselTvfbl418, varselTvfbl419, … */
  type?: string;
  tvangskraftgrunnlag?: Vedlegg;
}

export interface AlternativElektroniskKanalForMeddelelse {
  kanalForMeddelelse?: string;
  akseptKanalvalg?: Vedlegg;
}

export interface Forsendelsesmaate {
  forsendelsesmaate?: string;
  alternativElektroniskKanalForMeddelelse?: AlternativElektroniskKanalForMeddelelse;
  /** Mis-cased key used by the official examples (enkel, and kompleks' second tvangsgrunnlag). */
  AlternativElektroniskKanalForMeddelelse?: AlternativElektroniskKanalForMeddelelse;
}

export interface Mottakeradresse {
  adressetekst?: string[];
  poststedsnavn?: string;
  postnummer?: string;
}

export interface SkriftligMeddelelse {
  kravetsGrunnlag?: string;
  krevesFravaersdom?: boolean;
  forsendelsesmaate?: Forsendelsesmaate;
  faktiskeForholdForKravet?: string;
  paastand?: string;
  kanBehandlesIForliksraadet?: boolean;
  avsender?: Identifikator;
  mottakeradresse?: Mottakeradresse;
}

export interface SaerligTvangsgrunnlag {
  paalydendeBeloep?: number;
  skyldner?: Identifikator[];
  kreditor?: Identifikator[];
  referanseSak?: string;
  skriftligMeddelelse?: SkriftligMeddelelse;
}

export interface BegjaeringensTvangsgrunnlag {
  /** Refers to kravTilInnkreving[].kravreferanse. */
  innsendersKravreferanse?: string[];
  eksternSaksreferanse?: string;
  tvangsgrunnlagsdato?: string;
  tvangsgrunnlag?: Vedlegg;
  betegnelseAvTvangsgrunnlag?: string;
  varsel?: Varsel[];
  begrunnelseUnnlatVarsel?: string;
  saerligTvangsgrunnlag?: SaerligTvangsgrunnlag;
}

export interface Beloep {
  beloep?: number;
  valuta?: string;
}

export interface Innbetaling {
  bokfoertDato?: string;
  beloep?: Beloep;
}

export interface Betalingsoppfordring {
  betalingsfrist?: string;
  brevdato?: string;
  betalingsoppfordring?: Vedlegg;
}

export interface RenteOpplysning {
  forsinkelsesrente?: boolean;
  avtaltRentesats?: number;
}

export interface RentePeriode {
  startdato?: string;
  sluttdato?: string;
}

export interface TilleggsfristForeldelse {
  grunnlag?: string;
  begrunnelse?: string;
  dato?: string;
}

export interface Krav {
  kravreferanse?: string;
  /** Hovedkrav, Rentekrav, UtenrettsligeKostnader, TidligereRettsligeSakskostnader, SakskostnaderForSkriving */
  kravdetaljer?: string;
  kravbeskrivelse?: string;
  kravforfall?: { forfallsdato?: string };
  opprinneligBeloep?: Beloep;
  gjenstaaendeBeloep?: Beloep;
  innbetaling?: Innbetaling[];
  /** "a".."e" */
  prioritetDekningsloven?: string;
  /** "1".."99" (a string in the examples). */
  prioritetISak?: string;
  betalingsoppfordring?: Betalingsoppfordring[];
  relatertKrav?: string[];
  renteOpplysning?: RenteOpplysning;
  erRentekrav?: { rentePeriode?: RentePeriode };
  tilleggsfristForeldelse?: TilleggsfristForeldelse[];
  sisteFristavbrytendeTiltak?: string;
  /** Modelled: where a transporterklæring attachment is referenced (not in the examples). */
  transporterklaering?: Vedlegg;
}

export interface NorskKonto {
  kontonummer?: string;
  kidnummer?: string;
  bankkode?: string;
  bankNavn?: string;
  landkodeBank?: string;
  kontovaluta?: string;
  iban?: string;
  bic?: string;
}

export interface Begjaering {
  saksoeker?: Saksoeker[];
  saksoekt?: Saksoekt[];
  underskrift?: string;
  tvangsfullbyrdelsestype?: string;
  begjaeringsdato?: string;
  begjaeringensTvangsgrunnlag?: BegjaeringensTvangsgrunnlag[];
  kreverRettsgebyrErstattet?: boolean;
  kravTilInnkreving?: Krav[];
  betalingsinformasjon?: { norskKonto?: NorskKonto };
  vedlegg?: Vedlegg[];
  saksreferanse?: string;
  innsenderReferanse?: string;
  valgtNamsmannsdistrikt?: { namsmannsdistrikt?: string; begrunnelse?: string };
  innsender?: Innsender;
  berOmInnkallingTilMoeteMedBegrunnelse?: string;
  berOmInnkallingTilMoete?: boolean;
  berOmUnnlattForeleggelseMedBegrunnelse?: string;
  /** utleggspant, utleggstrekk */
  spesiellUtleggsgjenstand?: string[];
}
