/**
 * The begjæring as the rules read it: the fields of model 0.9 (served under /v1: the union of the two official
 * example files, seed/examples/) and of model 2.0 (/v2), together. Which version has which key is the OpenAPI
 * documents' business (openapi/) and, where the rules must know, the model view's (modell.ts); a rule reads a key
 * the versions spell differently only through that view. Every field is optional because the rules also see
 * incomplete documents. Fields marked "modelled" are in neither the examples nor Skatteetaten's text.
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

/** 2.0 (modelled after the beta model): a fullmakt with its period and the attachment. */
export interface Fullmakt {
  fraDato?: string;
  tilDato?: string;
  fullmakt?: Vedlegg;
}

export interface Prosessfullmektig {
  prosessfullmektig?: Aktoer;
  bevillingshaver?: Bevillingshaver;
  /** Where a fullmakt attachment is referenced: 0.9 (modelled) the attachment itself, 2.0 a Fullmakt. */
  fullmakt?: Vedlegg | Fullmakt;
}

export interface Saksoeker {
  saksoeker?: Aktoer;
  saksoekerReferanse?: string;
  saksoekerKontaktinformasjon?: Kontaktinformasjon;
  /** 0.9; 2.0 saksoekersProsessfullmektig. */
  prosessfullmektig?: Prosessfullmektig;
  saksoekersProsessfullmektig?: Prosessfullmektig;
}

export interface Saksoekt {
  saksoekt?: Aktoer;
  saksoektReferanse?: string;
  /** 0.9; 2.0 saksoektesProsessfullmektig. */
  prosessfullmektig?: Prosessfullmektig;
  saksoektesProsessfullmektig?: Prosessfullmektig;
}

export interface Innsender {
  innsender?: Aktoer;
  /** 0.9; 2.0 innsendersProsessfullmektig. */
  prosessfullmektig?: Prosessfullmektig;
  innsendersProsessfullmektig?: Prosessfullmektig;
  saksbehandler?: string;
  saksbehandlersKontaktinformasjon?: Kontaktinformasjon;
}

/** The alternative electronic channel and the debtor's acceptance of it (0.9 and 2.0 alike). */
export interface AlternativKanal {
  kanalForMeddelelse?: string;
  akseptKanalvalg?: Vedlegg;
}

export interface Varsel {
  dato?: string;
  /** varselTvfbl418, varselTvfbl419, … */
  type?: string;
  tvangskraftgrunnlag?: Vedlegg;
  /** 2.0 (1.1 #8); tolerated alias forsendelsesmaateType. */
  forsendelsemaateType?: string;
  /** 2.0 (#6); tolerated alias alternativElektroniskForesendelsesmaate. */
  alternativElektroniskForsendelsesmaate?: AlternativKanal;
}

export interface Forsendelsesmaate {
  forsendelsesmaate?: string;
  /** 0.9. */
  alternativElektroniskKanalForMeddelelse?: AlternativKanal;
  /** 0.9: the mis-cased key of the official examples (enkel, and kompleks' second tvangsgrunnlag). */
  AlternativElektroniskKanalForMeddelelse?: AlternativKanal;
  /** 2.0 (1.0 #8); tolerated alias alternativElektroniskForesendelsesmaate. */
  alternativElektroniskForsendelsesmaate?: AlternativKanal;
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
  /** 0.9 only (1.1 #2: "vil bli ignorert"). */
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

/** Datoperiode: 0.9 startdato/sluttdato; 2.0 startDato (required)/sluttDato, the 0.9 keys tolerated as aliases. */
export interface RentePeriode {
  startdato?: string;
  sluttdato?: string;
  startDato?: string;
  sluttDato?: string;
}

/** 2.0 (1.0 #11): the interest claim itself. */
export interface Rentekrav {
  rentePeriode?: RentePeriode;
  renteGrunnlag?: Beloep;
  beregnetMedForsinkelsesrente?: boolean;
  /** Prosent (1.0 #15). */
  beregnetMedAvtaltRentesats?: number;
}

/** 2.0: a krav that bears interest, and the priority of its future interest. */
export interface RentebaerendeKrav {
  harForsinkelsesrente?: boolean;
  prioritetISakFremtidigRentekrav?: number;
}

/** 2.0 (1.0 #10, modelled fields): a reduction of the krav. */
export interface KravEndring {
  dato?: string;
  beloep?: Beloep;
  begrunnelse?: string;
}

/** 2.0 (modelled after the beta model): a change of the krav's owner, and its documentation. */
export interface Transport {
  dato?: string;
  transportertFra?: Identifikator;
  transportertTil?: Identifikator;
  beloep?: Beloep;
  transporterklaering?: Vedlegg;
}

export interface TilleggsfristForeldelse {
  grunnlag?: string;
  begrunnelse?: string;
  dato?: string;
}

export interface Krav {
  /** 0.9; 2.0 innsendersKravreferanse (1.0 #9). */
  kravreferanse?: string;
  innsendersKravreferanse?: string;
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
  /** 0.9; 2.0 rentekrav (1.0 #11). */
  erRentekrav?: { rentePeriode?: RentePeriode };
  rentekrav?: Rentekrav;
  rentebaerendeKrav?: RentebaerendeKrav;
  kravEndring?: KravEndring;
  kravgrunnlagsidentifikator?: string;
  tilleggsfristForeldelse?: TilleggsfristForeldelse[];
  sisteFristavbrytendeTiltak?: string;
  /** Where a transporterklæring is referenced: 0.9 (modelled) the attachment itself, 2.0 a list of Transport. */
  transporterklaering?: Vedlegg | Transport[];
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

/** 2.0 (1.1 #7): the court fee is claimed, with its own priority and that of its future interest. */
export interface KreverRettsgebyrErstattet {
  /** "1".."99", as kravTilInnkreving[].prioritetISak. */
  prioritetISak?: string;
  prioritetISakFremtidigRentekrav?: number;
}

export interface Begjaering {
  saksoeker?: Saksoeker[];
  saksoekt?: Saksoekt[];
  underskrift?: string;
  tvangsfullbyrdelsestype?: string;
  begjaeringsdato?: string;
  begjaeringensTvangsgrunnlag?: BegjaeringensTvangsgrunnlag[];
  /** 0.9 a boolean; 2.0 an object (1.1 #7): present = claimed. */
  kreverRettsgebyrErstattet?: boolean | KreverRettsgebyrErstattet;
  /** 2.0 (1.1 #6). */
  kreverFritakRettsgebyr?: { aarsak?: string };
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
