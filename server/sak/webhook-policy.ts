/**
 * Where a webhook may deliver: checked at registration and again before every delivery, on the addresses the host
 * resolves to at that moment. The delivery then connects to exactly those addresses (`webhook-post.ts`), so a DNS
 * answer that changes between check and connect (rebinding) cannot send it elsewhere. Refused: the addresses of
 * `webhook-adresser.ts`, the sandbox itself, and — when WEBHOOK_ALLOWLIST is set — whatever it does not list.
 */
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { familie, sperret, type Adresse, type Oppslag, type Tillatelser } from './webhook-adresser.js';

/** The webhook's URL or where it leads is refused (400 at registration, a failed attempt at delivery). */
export class UgyldigWebhook extends Error {}

const MAKS_URL_LENGDE = 2048;

export interface Endepunkt {
  vert: string;
  port: number;
}

export interface PolicyValg {
  /** The sandbox's own origins (PUBLIC_URL, ISSUER_ALIASES, the listening address), asked at every check. */
  egne: () => Endepunkt[];
  oppslag: Oppslag;
  /** WEBHOOK_ALLOWLIST; absent = every address not refused. */
  tillatt?: Tillatelser;
}

/** Host (lower case, IPv6 without brackets) and port, the scheme's default when the URL names none. */
export function endepunkt(url: URL): Endepunkt {
  return { vert: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80) };
}

const USPESIFISERT = new Set(['0.0.0.0', '::']);

/** Every address of this machine: what a server listening on 0.0.0.0 or :: answers on. */
function maskinensAdresser(liste: BlockList): void {
  liste.addSubnet('127.0.0.0', 8, 'ipv4');
  for (const nic of Object.values(networkInterfaces())) for (const a of nic ?? []) liste.addAddress(a.address, familie(a.address));
}

/** The promise, or the signal's reason as soon as it aborts (getaddrinfo itself cannot be cancelled). */
function innen<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const avbryt = () => reject(signal.reason);
    signal.addEventListener('abort', avbryt, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', avbryt));
  });
}

export class WebhookPolicy {
  constructor(private readonly valg: PolicyValg) {}

  /** A registration's URL, parsed and checked where it leads now; throws UgyldigWebhook. */
  async godkjenn(raw: string, signal: AbortSignal): Promise<URL> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UgyldigWebhook(`url ${JSON.stringify(raw.slice(0, 100))} er ikke en gyldig URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UgyldigWebhook('url må bruke http eller https');
    if (url.username || url.password) throw new UgyldigWebhook('url kan ikke inneholde brukernavn eller passord');
    if (url.href.length > MAKS_URL_LENGDE) throw new UgyldigWebhook(`url kan være høyst ${MAKS_URL_LENGDE} tegn`);
    await this.adresser(url, signal);
    return url;
  }

  /** The addresses a delivery to `url` may connect to now, all of them checked; throws UgyldigWebhook. */
  async adresser(url: URL, signal: AbortSignal): Promise<Adresse[]> {
    const { vert, port } = endepunkt(url);
    const egne = this.valg.egne().filter((e) => e.port === port);
    const sandboxen = () => new UgyldigWebhook(`${url.host} er sandboxen selv: en webhook kan ikke kalle sandboxen`);
    if (egne.some((e) => e.vert === vert)) throw sandboxen(); // by name, before any lookup
    const adresser = await this.slaaOpp(vert, signal);
    for (const { address } of adresser) {
      const grunn = sperret(address);
      if (grunn) throw new UgyldigWebhook(`${url.host} er ${address}, ${grunn}: webhooks kan ikke kalle den`);
    }
    if (await this.treffer(egne, adresser, signal)) throw sandboxen();
    if (this.valg.tillatt && !this.valg.tillatt.tillater(vert, adresser)) {
      throw new UgyldigWebhook(`${url.host} (${adresser.map((a) => a.address).join(', ')}) er ikke blant WEBHOOK_ALLOWLIST: ${this.valg.tillatt.oppforinger.join(', ')}`);
    }
    return adresser;
  }

  private async slaaOpp(vert: string, signal: AbortSignal): Promise<Adresse[]> {
    const versjon = isIP(vert);
    if (versjon) return [{ address: vert, family: versjon as 4 | 6 }];
    let adresser: Adresse[];
    try {
      adresser = await innen(this.valg.oppslag(vert), signal);
    } catch (err) {
      const grunn = signal.aborted ? 'ikke besvart innen fristen' : ((err as NodeJS.ErrnoException).code ?? String(err));
      throw new UgyldigWebhook(`vertsnavnet ${vert} kan ikke slås opp (${grunn})`);
    }
    if (!adresser.length) throw new UgyldigWebhook(`vertsnavnet ${vert} har ingen adresse`);
    return adresser;
  }

  /** Any of the addresses is one of the sandbox's own (resolved now, as the target was). */
  private async treffer(egne: Endepunkt[], adresser: Adresse[], signal: AbortSignal): Promise<boolean> {
    if (egne.length === 0) return false; // another port than the sandbox's: nothing to resolve
    const liste = new BlockList();
    for (const egen of egne) {
      if (USPESIFISERT.has(egen.vert)) maskinensAdresser(liste);
      else for (const a of await this.slaaOpp(egen.vert, signal).catch(() => [])) liste.addAddress(a.address, familie(a.address));
    }
    return adresser.some((a) => liste.check(a.address, familie(a.address)));
  }
}
