/**
 * Provider states (modelled; Pact's convention, docs/kontrakt.md). Before each interaction of a consumer's pact the
 * verifier posts the interaction's state to the provider (`{state, params, action}`); the provider makes the state
 * true and may answer values the interaction then uses (Pact's `fromProviderState`, e.g. the reference of the case
 * it made). Each state acts only in the calling organisation, through the services the API and the other sandbox
 * controls use, and adds what it needs without removing anything (`POST /sandbox/reset` starts over).
 */
import { generateKeyPairSync } from 'node:crypto';
import { ApiError } from '../errors.js';
import { API, type ApiVersjon } from '../api.js';
import type { Clock } from '../clock.js';
import type { SandboxModus } from '../config.js';
import type { Ider } from '../store/ider.js';
import { SAKSSTATUSER, type Beslutningstype, type Saksstatus } from '../sak/livssyklus.js';
import type { Sak, SakRepository } from '../sak/repository.js';
import type { Saksbehandling } from '../sak/saksbehandling.js';
import { EICAR } from '../vedlegg/virussjekk.js';
import type { VedleggService } from '../vedlegg/service.js';
import { registrerKlient, type ClientStore } from '../auth/clients.js';
import { paaGammeltRegelverk } from '../../rules/lib/register.js';
import type { Modellversjon } from '../../rules/lib/modell.js';
import type { PartyRegister, VedleggStatus } from '../../rules/types.js';
import { ikkeBehandlet } from './modus.js';
import { lesEksempel } from '../eksempler.js';

const SAK_I_STATUS = 'sak i status ';

/** Every state, as `ProviderStateRequest.state` in the OpenAPI document names them: a case in each status, and more. */
export const TILSTANDER = [
  ...SAKSSTATUSER.map((s) => `${SAK_I_STATUS}${s}` as const),
  'vedlegg klart',
  'vedlegg med virus',
  'organisasjon på gammelt regelverk',
  'klient registrert',
] as const;
export type Tilstand = (typeof TILSTANDER)[number];

/** The state's parameters, each state's own (the OpenAPI document's `ProviderStateParams…` schemas). */
export type Parametre = Record<string, unknown>;

/** What a state answers: the values an interaction may inject with `fromProviderState`. */
export type Verdier = Record<string, string>;

interface SakParametre {
  beslutning?: Beslutningstype;
  versjon?: ApiVersjon;
  innsenderReferanse?: string;
}

interface VedleggParametre {
  type?: string;
  innsenderReferanse?: string;
  filnavn?: string;
}

interface KlientParametre {
  clientId?: string;
  jwk?: unknown;
  scopes?: string[];
}

export interface TilstanderAvhengigheter {
  saker: SakRepository;
  saksbehandling: Saksbehandling;
  vedlegg: VedleggService;
  klienter: ClientStore;
  partsregister: PartyRegister;
  clock: Clock;
  ider: Ider;
  modus: SandboxModus;
}

/** What an attachment state uploads: a plain-text document (converted to PDF), or the EICAR test string. */
const INNHOLD = {
  konvertert: 'Vedlegg fra provider state «vedlegg klart» i utleggsbegjaering-sandbox.\n',
  inneholderVirus: EICAR,
} as const satisfies Partial<Record<VedleggStatus, string>>;

export class Tilstander {
  private readonly eksempler = new Map<Modellversjon, { begjaeringsdato: string } & Record<string, unknown>>();
  private glemt: JsonWebKey | undefined;

  constructor(private readonly d: TilstanderAvhengigheter) {}

  /** Makes `state` true in the organisation, and answers the values the interaction may inject. */
  async settOpp(orgnr: string, state: Tilstand, params: Parametre): Promise<Verdier> {
    if (state.startsWith(SAK_I_STATUS)) return this.sak(orgnr, state.slice(SAK_I_STATUS.length) as Saksstatus, params as SakParametre);
    if (state === 'vedlegg klart') return this.vedlegg(orgnr, 'konvertert', params as VedleggParametre);
    if (state === 'vedlegg med virus') return this.vedlegg(orgnr, 'inneholderVirus', params as VedleggParametre);
    if (state === 'organisasjon på gammelt regelverk') return this.gammeltRegelverk(orgnr, params.identifikator as string | undefined);
    return this.klient(orgnr, params as KlientParametre);
  }

  /** A reference the state makes up where the consumer named none (a sequence of the seed in deterministic mode). */
  private nyReferanse(): string {
    return `pact-${this.d.ider.uuid('tilstand')}`;
  }

  /**
   * The organisation's case with `innsenderReferanse` (one made before, so that a state set up for each interaction
   * is the same case), else a new one; then moved to the status, passing every step between with its event.
   */
  private async sak(orgnr: string, saksstatus: Saksstatus, { beslutning, versjon = 'v2', innsenderReferanse }: SakParametre): Promise<Verdier> {
    if (saksstatus !== 'sakOpprettet' && this.d.modus === 'testmiljoe') throw ikkeBehandlet('en sak');
    const referanse = innsenderReferanse ?? this.nyReferanse();
    const funnet = this.d.saker.medInnsenderReferanse(orgnr, referanse);
    let sak = (funnet && this.d.saker.hent(orgnr, funnet)) || (await this.opprett(orgnr, referanse, API[versjon].modell));
    if (sak.saksstatus !== saksstatus) sak = this.d.saksbehandling.settStatus(sak, saksstatus, beslutning);
    return { eksternSaksreferanse: sak.eksternSaksreferanse, innsenderReferanse: referanse, saksstatus: sak.saksstatus };
  }

  private async opprett(orgnr: string, innsenderReferanse: string, modell: Modellversjon): Promise<Sak> {
    const eksempel = this.eksempel(modell);
    const dokument = JSON.stringify({ ...eksempel, innsenderReferanse });
    const noekkel = { begjaeringsdato: eksempel.begjaeringsdato, innsenderReferanse };
    const sak = await this.d.saker.opprett(orgnr, noekkel, this.d.clock.now(orgnr), dokument, modell);
    // Only a parallel call for the same reference gets here without a case.
    if (!sak) throw new ApiError(409, 'SANDBOX-409', `En sak med innsenderReferanse ${innsenderReferanse} ble opprettet samtidig; prøv igjen`);
    return sak;
  }

  private eksempel(modell: Modellversjon): { begjaeringsdato: string } & Record<string, unknown> {
    let eksempel = this.eksempler.get(modell);
    if (!eksempel) this.eksempler.set(modell, (eksempel = lesEksempel('enkel', modell) as { begjaeringsdato: string } & Record<string, unknown>));
    return eksempel!;
  }

  /** An upload processed at once (virus check, validation, conversion) to the state's outcome. */
  private async vedlegg(orgnr: string, utfall: keyof typeof INNHOLD, { type = 'tvangsgrunnlag', innsenderReferanse, filnavn }: VedleggParametre): Promise<Verdier> {
    const felt = { type, innsenderReferanse: innsenderReferanse ?? this.nyReferanse(), filnavn: filnavn ?? `${type}.txt` };
    const vedlegg = await this.d.vedlegg.lastOppBehandlet(orgnr, Buffer.from(INNHOLD[utfall]), felt);
    if (vedlegg.status !== utfall) {
      throw new ApiError(400, 'KB-006', `Vedlegget ${vedlegg.uuid} endte som ${vedlegg.status}, ikke ${utfall}: filnavnet ${felt.filnavn} styrer behandlingen`);
    }
    const { uuid, status } = vedlegg;
    return { uuid, status, ...felt };
  }

  /**
   * Skatteetaten's list of organisations on the old rules is the same for every organisation: the state names one
   * (the consumer's, if it is on the list) and checks that the transition period has not ended on the caller's clock.
   */
  private gammeltRegelverk(orgnr: string, identifikator = this.d.partsregister.oldRulesOrganisations[0]!): Verdier {
    if (!this.d.partsregister.oldRulesOrganisations.includes(identifikator)) {
      throw new ApiError(400, 'KB-006', `${identifikator} er ikke blant organisasjonene på gammelt regelverk (seed/register/gammelt-regelverk.json)`);
    }
    const naa = this.d.clock.now(orgnr);
    if (!paaGammeltRegelverk(this.d.partsregister, identifikator, naa)) {
      throw new ApiError(409, 'SANDBOX-409', `Overgangsperioden er over på organisasjonens sandkasseklokke (${naa.toISOString()}): ingen er på gammelt regelverk`);
    }
    return { identifikator };
  }

  /**
   * The consumer's client with its public key, or (without `jwk`) with a public key whose private half the sandbox
   * threw away: made once (an RSA key holds the event loop for up to 200 ms, and a Pact run asks for many), each
   * client with its own `kid`.
   */
  private klient(orgnr: string, { clientId = this.nyReferanse(), jwk, scopes }: KlientParametre): Verdier {
    const offentlig = jwk ?? { ...this.glemtNoekkel(), kid: this.nyReferanse() };
    const klient = registrerKlient(this.d.klienter, { clientId, orgnr, jwk: offentlig, scopes }, this.d.clock.now(orgnr));
    return { clientId: klient.clientId, kid: String((offentlig as { kid: unknown }).kid) };
  }

  private glemtNoekkel(): JsonWebKey {
    return (this.glemt ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }));
  }
}
