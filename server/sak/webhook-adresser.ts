/**
 * The addresses a webhook may reach. Never: cloud metadata services, link-local, unspecified and non-unicast
 * addresses, in every spelling that reaches them (IPv4-mapped IPv6 `::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`).
 * Loopback and private addresses are allowed (vendors' receivers run on localhost and in compose networks) unless
 * WEBHOOK_ALLOWLIST narrows deliveries to named hosts and networks.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export interface Adresse {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (tests inject their own). */
export type Oppslag = (vert: string) => Promise<Adresse[]>;

/** getaddrinfo, as every other client on the machine: /etc/hosts (localhost, compose extra_hosts) and DNS. */
export const dnsOppslag: Oppslag = async (vert) => (await lookup(vert, { all: true, verbatim: true })) as Adresse[];

/** BlockList's name for the address's family. */
export const familie = (ip: string): 'ipv4' | 'ipv6' => (isIP(ip) === 4 ? 'ipv4' : 'ipv6');
/** Drops an IPv6 zone index (`fe80::1%eth0`), which BlockList does not parse. */
const utenSone = (ip: string) => ip.replace(/%.*$/, '');

/** `a.b.c.d/n`, `x::/n` or a single address into the list; false when it is not one. */
function leggTil(liste: BlockList, nett: string): boolean {
  const [adresse = '', prefiks, ...rest] = nett.split('/');
  const versjon = isIP(adresse);
  if (!versjon || rest.length) return false;
  const maks = versjon === 4 ? 32 : 128;
  const bits = prefiks === undefined ? maks : /^\d{1,3}$/.test(prefiks) ? Number(prefiks) : NaN;
  if (!(bits >= 0 && bits <= maks)) return false;
  liste.addSubnet(adresse, bits, familie(adresse));
  // BlockList matches IPv4-mapped IPv6 against IPv4 rules by itself; NAT64 reaches the same IPv4 address too.
  if (versjon === 4) liste.addSubnet(`64:ff9b::${adresse}`, 96 + bits, 'ipv6');
  return true;
}

function blokkliste(nett: readonly string[]): BlockList {
  const liste = new BlockList();
  for (const n of nett) if (!leggTil(liste, n)) throw new Error(`not a network: ${n}`);
  return liste;
}

const SPERRET = [
  { grunn: 'skyens metadatatjeneste', nett: ['169.254.169.254', '169.254.170.2', 'fd00:ec2::254', '100.100.100.200'] },
  { grunn: 'en lenkelokal adresse', nett: ['169.254.0.0/16', 'fe80::/10'] },
  { grunn: 'en uspesifisert adresse (den når maskinen selv)', nett: ['0.0.0.0/8', '::'] },
  { grunn: 'ikke en unicast-adresse', nett: ['224.0.0.0/4', '240.0.0.0/4', 'ff00::/8'] },
];

// Built at the first check, not with the module (config.ts loads it at start-up): the lists and isIP's patterns
// cost ~10 ms of a start that may never see a webhook.
let sperrelister: Array<{ grunn: string; liste: BlockList }> | undefined;

/** Why a webhook may never call this address, or undefined when the address is not refused. */
export function sperret(ip: string): string | undefined {
  sperrelister ??= SPERRET.map(({ grunn, nett }) => ({ grunn, liste: blokkliste(nett) }));
  const adresse = utenSone(ip);
  return sperrelister.find(({ liste }) => liste.check(adresse, familie(adresse)))?.grunn;
}

const VERTSNAVN = /^(\*\.)?[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** WEBHOOK_ALLOWLIST: host names (`mottaker.example.no`, `*.example.no`) and addresses or networks (`10.0.0.0/8`). */
export class Tillatelser {
  private readonly verter = new Set<string>();
  private readonly domener: string[] = [];
  private readonly nett = new BlockList();

  /** Throws an Error naming the first entry that is neither a host name nor an address or network. */
  constructor(readonly oppforinger: readonly string[]) {
    for (const raw of oppforinger) {
      const oppforing = raw.toLowerCase().replace(/^\[(.*)\]$/, '$1');
      if (leggTil(this.nett, oppforing)) continue;
      if (!VERTSNAVN.test(oppforing)) throw new Error(`${JSON.stringify(raw)} is neither a host name nor an IP address or CIDR network`);
      if (oppforing.startsWith('*.')) this.domener.push(oppforing.slice(1));
      else this.verter.add(oppforing);
    }
  }

  /** The host is named, or every address it resolved to lies in a listed network. */
  tillater(vert: string, adresser: readonly Adresse[]): boolean {
    if (this.verter.has(vert) || this.domener.some((d) => vert.endsWith(d))) return true;
    return adresser.length > 0 && adresser.every((a) => this.nett.check(utenSone(a.address), familie(a.address)));
  }
}
