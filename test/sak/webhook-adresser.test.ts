/** Which addresses a webhook may never reach, in every spelling, and what WEBHOOK_ALLOWLIST admits. */
import t from 'tap';
import { sperret, Tillatelser, type Adresse } from '../../server/sak/webhook-adresser.js';

const METADATA = /metadata/;
const LENKELOKAL = /lenkelokal/;
const USPESIFISERT = /uspesifisert/;
const IKKE_UNICAST = /unicast/;

t.test('refused: metadata, link-local, unspecified and non-unicast addresses, also IPv4-mapped and NAT64', async (t) => {
  const refused: [string, RegExp][] = [
    ['169.254.169.254', METADATA], // AWS, GCP, Azure, OpenStack
    ['::ffff:169.254.169.254', METADATA],
    ['::ffff:a9fe:a9fe', METADATA],
    ['0:0:0:0:0:ffff:a9fe:a9fe', METADATA],
    ['64:ff9b::a9fe:a9fe', METADATA],
    ['64:ff9b::169.254.169.254', METADATA],
    ['fd00:ec2::254', METADATA], // AWS over IPv6
    ['169.254.170.2', METADATA], // ECS task metadata
    ['100.100.100.200', METADATA], // Alibaba Cloud
    ['169.254.0.1', LENKELOKAL],
    ['169.254.255.255', LENKELOKAL],
    ['::ffff:169.254.1.1', LENKELOKAL],
    ['64:ff9b::a9fe:101', LENKELOKAL],
    ['fe80::1', LENKELOKAL],
    ['fe80::1%eth0', LENKELOKAL],
    ['febf:ffff::1', LENKELOKAL],
    ['0.0.0.0', USPESIFISERT],
    ['0.1.2.3', USPESIFISERT],
    ['::', USPESIFISERT],
    ['::ffff:0.0.0.0', USPESIFISERT],
    ['::ffff:0:0', USPESIFISERT],
    ['64:ff9b::', USPESIFISERT],
    ['224.0.0.1', IKKE_UNICAST],
    ['239.255.255.250', IKKE_UNICAST],
    ['255.255.255.255', IKKE_UNICAST],
    ['::ffff:255.255.255.255', IKKE_UNICAST],
    ['ff02::1', IKKE_UNICAST],
  ];
  for (const [adresse, grunn] of refused) t.match(sperret(adresse), grunn, adresse);
});

t.test('allowed by default: loopback, private, shared and public addresses', async (t) => {
  const allowed = ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '100.64.0.1',
    '169.253.255.255', '169.255.0.0', '8.8.8.8', 'fc00::1', 'fd00:ec2::253', 'fd12:3456::1', '2001:db8::1', 'fec0::1', '1.0.0.0'];
  for (const adresse of allowed) t.equal(sperret(adresse), undefined, adresse);
});

t.test('WEBHOOK_ALLOWLIST: host names, subdomains, addresses and networks', async (t) => {
  const liste = new Tillatelser(['mottaker.example.no', '*.kunde.example', '10.1.0.0/16', '127.0.0.1', 'fd12::/16', '[::1]', 'Compose_Mottaker']);
  const v4 = (address: string): Adresse => ({ address, family: 4 });
  const v6 = (address: string): Adresse => ({ address, family: 6 });
  t.ok(liste.tillater('mottaker.example.no', [v4('203.0.113.9')]), 'a named host, wherever it resolves');
  t.ok(liste.tillater('a.b.kunde.example', [v4('203.0.113.9')]), 'a subdomain of *.');
  t.notOk(liste.tillater('kunde.example', [v4('203.0.113.9')]), '*. does not name the domain itself');
  t.notOk(liste.tillater('xkunde.example', [v4('203.0.113.9')]), 'nor a name that only ends like it');
  t.ok(liste.tillater('compose_mottaker', [v4('172.18.0.3')]), 'names compare in lower case, underscores allowed');
  t.ok(liste.tillater('intern', [v4('10.1.2.3'), v4('127.0.0.1')]), 'every address in a listed network');
  t.notOk(liste.tillater('intern', [v4('10.1.2.3'), v4('10.2.0.1')]), 'one address outside is enough to refuse');
  t.ok(liste.tillater('::ffff:a01:203', [v6('::ffff:a01:203')]), 'an IPv4 network admits its IPv4-mapped form');
  t.ok(liste.tillater('fd12::7', [v6('fd12::7')]));
  t.ok(liste.tillater('::1', [v6('::1')]), 'an IPv6 address in brackets');
  t.notOk(liste.tillater('127.0.0.2', [v4('127.0.0.2')]), 'a single address is just that');
  t.notOk(liste.tillater('tom', []), 'no address: nothing to admit');

  for (const bad of ['http://x', '10.0.0.0/33', '::/129', 'a..b', '-a.example', '10.0.0.0/8/1', '*.', 'mottaker:8080', '1.2.3.4/x']) {
    t.throws(() => new Tillatelser([bad]), new RegExp(JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')), bad);
  }
});
