// The sandbox console: plain ES module, no build step, talks only to this sandbox (/sandbox/* and, for a PDF, the API).
const $ = (sel) => document.querySelector(sel);
const lager = window.sessionStorage;

// The API version the console shows and calls (server/api.ts: /v2 model 2.0, /v1 model 0.9), kept per tab.
const versjon = () => lager.getItem('sandbox.versjon') || 'v2';
const api = () => `/api/utleggsbegjaering/${versjon()}`;

function visVersjon() {
  $('#versjon').value = versjon();
  for (const e of document.querySelectorAll('.valgt-versjon')) e.textContent = versjon();
  $('#innsending-sti').textContent = `POST ${api()}/utleggsbegjaering`;
}

/** Creates an element; strings become text nodes (never HTML). */
function el(tag, attrs = {}, ...barn) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...barn.flat().filter((b) => b !== undefined && b !== null).map((b) => (b instanceof Node ? b : String(b))));
  return node;
}

const tid = (iso) => (iso ? new Date(iso).toLocaleString('nb-NO', { dateStyle: 'short', timeStyle: 'medium' }) : '');
const klokkeslett = (iso) => new Date(iso).toLocaleTimeString('nb-NO');
const json = (v) => JSON.stringify(v, null, 2);

// ---- session: the token (or the admin token with an orgnr) lives in sessionStorage ----

function sesjon() {
  const token = lager.getItem('sandbox.token');
  return token ? { token, orgnr: lager.getItem('sandbox.orgnr') || undefined } : undefined;
}

function tokenInfo(token) {
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    const systembruker = (claims.authorization_details || []).find((d) => d.type === 'urn:altinn:systemuser');
    const org = (systembruker?.systemuser_org?.ID || claims.consumer?.ID || '').replace('0192:', '');
    return { orgnr: org, utloeper: claims.exp ? new Date(claims.exp * 1000) : undefined };
  } catch {
    return undefined;
  }
}

async function kall(metode, sti, body) {
  const s = sesjon();
  const headers = { accept: 'application/json' };
  if (s) headers.authorization = `Bearer ${s.token}`;
  if (s?.orgnr) headers['x-orgnr'] = s.orgnr;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(sti, { method: metode, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const tekst = await res.text();
  const data = tekst ? JSON.parse(tekst) : undefined;
  if (!res.ok) {
    const utslag = (data?.kontrollutslag || []).map((k) => `${k.kode}: ${k.melding}`).join('; ');
    throw new Error(`${res.status} ${data?.kode || ''} ${data?.melding || tekst}${utslag ? ` (${utslag})` : ''}`);
  }
  return data;
}

function vis(tekst, feil = false) {
  const m = $('#melding');
  m.textContent = tekst;
  m.className = feil ? 'feil' : 'ok';
  m.hidden = false;
  clearTimeout(vis.timer);
  if (!feil) vis.timer = setTimeout(() => (m.hidden = true), 4000);
}

/** Runs an action, shows its error, refreshes the view after it. */
async function handling(fn, ok) {
  try {
    await fn();
    if (ok) vis(ok);
  } catch (err) {
    vis(err.message, true);
  }
  await oppdater();
}

function loggInn(token, orgnr) {
  lager.setItem('sandbox.token', token);
  if (orgnr) lager.setItem('sandbox.orgnr', orgnr);
  else lager.removeItem('sandbox.orgnr');
  valgtSak = undefined;
  visSesjon();
}

function visSesjon() {
  const s = sesjon();
  $('#innlogging').hidden = Boolean(s);
  $('#sesjon').hidden = !s;
  $('#innhold').hidden = !s;
  if (!s) return;
  visVersjon();
  const info = tokenInfo(s.token);
  $('#hvem').textContent = info
    ? `Organisasjon ${info.orgnr}${info.utloeper ? ` · token gyldig til ${info.utloeper.toLocaleTimeString('nb-NO')}` : ''}`
    : `Admin-token · organisasjon ${s.orgnr}`;
  oppdater();
}

// ---- tabs ----

let fane = 'saker';
let valgtSak;
let loggFilter = {};

function velgFane(navn) {
  fane = navn;
  for (const b of document.querySelectorAll('nav [data-fane]')) b.classList.toggle('valgt', b.dataset.fane === navn);
  for (const s of document.querySelectorAll('main > section')) s.hidden = s.id !== `fane-${navn}`;
  oppdater();
}

const status = (s) => el('span', { class: `merke ${s}` }, s);

async function oppdater() {
  if (!sesjon()) return;
  try {
    $('#naa').textContent = tid((await kall('GET', '/sandbox/klokke')).naa);
    await { saker: visSaker, vedlegg: visVedlegg, logg: visLogg, feil: visFeil, rapport: visRapport }[fane]();
  } catch (err) {
    vis(err.message, true);
  }
}

async function visSaker() {
  const saker = await kall('GET', '/sandbox/oversikt/saker');
  $('#saker-tom').hidden = saker.length > 0;
  $('#saker tbody').replaceChildren(
    ...saker.map((s) =>
      el('tr', { class: s.eksternSaksreferanse === valgtSak ? 'valgt klikk' : 'klikk', 'data-ref': s.eksternSaksreferanse, onclick: () => velgSak(s.eksternSaksreferanse) },
        el('td', {}, el('code', {}, s.eksternSaksreferanse.slice(0, 8)), el('div', { class: 'liten' }, s.innsenderReferanse)),
        el('td', {}, status(s.saksstatus), s.beslutning ? el('div', { class: 'liten' }, s.beslutning) : null),
        el('td', {}, s.antallVersjoner),
        el('td', {}, tid(s.oppdatert)),
      ),
    ),
  );
  if (valgtSak) await visSak();
}

function velgSak(ref) {
  valgtSak = ref;
  oppdater();
}

function utvidbar(tittel, innhold) {
  return el('details', {}, el('summary', {}, tittel), el('pre', {}, typeof innhold === 'string' ? innhold : json(innhold)));
}

async function visSak() {
  let sak;
  try {
    sak = await kall('GET', `/sandbox/oversikt/saker/${encodeURIComponent(valgtSak)}`);
  } catch {
    valgtSak = undefined;
    $('#sak').hidden = true;
    return;
  }
  $('#sak').hidden = false;
  $('#sak-ref').textContent = valgtSak;
  const st = sak.status;
  $('#sak-status').replaceChildren(
    el('dt', {}, 'Status'), el('dd', { id: 'sak-saksstatus' }, status(st.saksstatus)),
    el('dt', {}, 'Alminnelig namsmanns referanse'), el('dd', { id: 'sak-an-referanse' }, st.alminneligNamsmannsReferanse),
    ...(st.beslutningsinformasjon?.length
      ? [el('dt', {}, 'Beslutningsinformasjon'),
        el('dd', { id: 'sak-beslutning' }, st.beslutningsinformasjon.map((b) => `${b.type} (${b.dato})`).join(', '))]
      : []),
  );
  $('#tidslinje').replaceChildren(
    ...sak.hendelser.map((h) =>
      el('li', {}, el('time', {}, tid(h.tidspunkt)), ' ',
        h.type === 'saksstatusEndret' ? status(h.data.saksstatus) : el('strong', {}, h.type),
        h.type === 'rettingForespurt' ? ` «${h.data?.melding ?? ''}»` : h.data?.beslutning ? ` – ${h.data.beslutning.type}` : ''),
    ),
  );
  $('#versjoner').replaceChildren(
    ...sak.versjoner.map((v) => utvidbar(`Versjon ${v.versjon} · modell ${v.modell} · mottatt ${tid(v.mottatt)} · ${v.behandlet}`, v.begjaering)),
  );
  $('#avviste').replaceChildren(
    ...(sak.avvisteForespoersler.length
      ? sak.avvisteForespoersler.map((i) => utvidbar(`${tid(i.tidspunkt)} ${i.metode} ${i.versjon} ${i.status} ${i.kontrollutslag.join(', ')}`, i.feil))
      : [el('p', { class: 'tom' }, 'Ingen.')]),
  );
}

async function visVedlegg() {
  const liste = await kall('GET', '/sandbox/oversikt/vedlegg');
  $('#vedlegg-tom').hidden = liste.length > 0;
  $('#vedlegg tbody').replaceChildren(
    ...liste.map((v) =>
      el('tr', {},
        el('td', {}, v.filnavn, el('div', { class: 'liten' }, el('code', {}, v.uuid))),
        el('td', {}, v.type),
        el('td', {}, status(v.status)),
        el('td', {}, `${Math.ceil(v.storrelse / 1024)} KB`),
        el('td', {}, tid(v.opprettet)),
        el('td', {}, v.status === 'konvertert' ? el('button', { type: 'button', onclick: () => aapnePdf(v.uuid) }, 'PDF') : ''),
      ),
    ),
  );
}

/** A version 4 UUID (crypto.randomUUID exists only in secure contexts, and the sandbox is often plain http). */
function nyUuid() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The headers Skatteetaten's published specification requires on every API call (ETIKETTE_MODE=strict refuses a call without). */
const kallhoder = () => ({ klientid: 'sandbox-konsoll', korrelasjonsid: nyUuid(), meldingsid: nyUuid() });

async function aapnePdf(uuid) {
  const s = sesjon();
  const res = await fetch(`${api()}/vedlegg/${uuid}/innhold`, { headers: { authorization: `Bearer ${s.token}`, ...kallhoder() } });
  if (!res.ok) return vis(`${res.status}: PDF-en kan ikke hentes (${res.status === 401 ? 'krever et Maskinporten-token' : await res.text()})`, true);
  window.open(URL.createObjectURL(await res.blob()), '_blank');
}

async function visLogg() {
  const { alle, ...filter } = loggFilter;
  const q = new URLSearchParams({ grense: '200', ...filter, ...(!alle && { versjon: versjon() }) });
  const innslag = await kall('GET', `/sandbox/logg?${q}`);
  const rader = [];
  for (const i of innslag) {
    const feil = i.feil !== undefined;
    const detaljer = el('tr', { class: 'detaljer', hidden: true }, el('td', { colspan: 8 }, el('pre', {}, typeof i.feil === 'string' ? i.feil : json(i.feil))));
    rader.push(
      el('tr', { class: `${feil ? 'klikk ' : ''}s${String(i.status)[0]}xx`, onclick: feil ? () => (detaljer.hidden = !detaljer.hidden) : undefined },
        el('td', { class: 'tid', title: tid(i.tidspunkt) }, klokkeslett(i.tidspunkt)), el('td', {}, i.metode), el('td', { class: 'sti' }, i.sti),
        el('td', {}, i.status), el('td', {}, i.kontrollutslag.map((k) => el('code', {}, k))), el('td', {}, i.varighetMs),
        el('td', { class: 'versjon' }, i.versjon ?? '–'),
        el('td', { class: 'liten', title: i.korrelasjonsid }, el('code', {}, i.korrelasjonsid.slice(0, 8)))),
    );
    if (feil) rader.push(detaljer);
  }
  $('#logg tbody').replaceChildren(...rader);
}

async function visFeil() {
  const liste = await kall('GET', '/sandbox/feil');
  $('#feil-tom').hidden = liste.length > 0;
  $('#feil tbody').replaceChildren(
    ...liste.map((f) =>
      el('tr', {}, el('td', {}, f.status ?? '–'), el('td', {}, f.forsinkelseMs ? `${f.forsinkelseMs} ms` : '–'), el('td', {}, f.sti ?? 'alle'),
        el('td', {}, `${f.gjenstaaende} av ${f.antall}`), el('td', {}, tid(f.opprettet))),
    ),
  );
}

/** A point's count, with its deviations where it counts them. */
const antall = (u) => (u.avvik ? `${u.antall} (${u.avvik} avvik)` : String(u.antall));

/** One checklist point as the picked version's calls have met it (a point they cannot meet, e.g. testmiljoe under v1, is greyed). */
function rapportRad(p, v) {
  const u = p.perVersjon[v];
  if (!u) {
    return el('tr', { class: 'ikke-aktuell', 'data-id': p.id }, el('td', {}, '–'), el('td', {}, p.beskrivelse, el('div', { class: 'liten' }, p.kilde)),
      el('td', {}, `gjelder ikke ${v}`), el('td', {}, antall(p)), el('td', {}, tid(p.sist)));
  }
  const oppfylt = u.antall > 0 && !u.avvik;
  return el('tr', { class: oppfylt ? 'ok' : 'mangler', 'data-id': p.id }, el('td', {}, oppfylt ? '✔' : '✘'),
    el('td', {}, p.beskrivelse, el('div', { class: 'liten' }, p.kilde)), el('td', {}, antall(u)), el('td', {}, antall(p)), el('td', {}, tid(u.sist)));
}

async function visRapport() {
  const r = await kall('GET', '/sandbox/rapport');
  const v = r.versjoner.find((x) => x.versjon === versjon());
  const brukt = r.versjoner.filter((x) => x.brukt).map((x) => x.versjon);
  $('#rapport-sum').textContent = `${v.oppfylt} av ${v.totalt} punkter er prøvd under ${v.versjon} (modell ${v.modell}); `
    + `${r.oppfylt} av ${r.totalt} med alle versjoner. Versjoner brukt: ${brukt.length ? brukt.join(', ') : 'ingen'}. Modus: ${r.modus}.`;
  $('#rapport tbody').replaceChildren(...r.sjekkliste.map((p) => rapportRad(p, v.versjon)));
  const koder = (liste) => (liste.length ? liste.map((k) => el('code', {}, k)) : [el('em', {}, 'ingen')]);
  $('#regler-utloest').replaceChildren(...koder(v.regelkoderUtloest));
  $('#regler-ikke').replaceChildren(...koder(v.regelkoderIkkeUtloest));
}

// ---- wiring ----

$('#innlogging').addEventListener('submit', (e) => {
  e.preventDefault();
  const orgnr = $('#orgnr').value.trim();
  kall('POST', '/sandbox/token', { orgnr, levetidSekunder: 8 * 3600 })
    .then((svar) => loggInn(svar.access_token))
    .catch((err) => vis(err.message, true));
});

$('#bruk-token').addEventListener('click', () => {
  const token = $('#token-inn').value.trim();
  if (token.split('.').length === 3) return loggInn(token);
  const orgnr = $('#orgnr').value.trim();
  if (!/^\d{9}$/.test(orgnr)) return vis('Et admin-token trenger et orgnr (9 siffer) å handle for', true);
  loggInn(token, orgnr);
});

$('#logg-ut').addEventListener('click', () => {
  lager.removeItem('sandbox.token');
  lager.removeItem('sandbox.orgnr');
  visSesjon();
});

const flyttKlokka = (frem) => handling(() => kall('POST', '/sandbox/klokke', { frem }), `Klokka flyttet ${frem}`);
for (const b of document.querySelectorAll('[data-frem]')) b.addEventListener('click', () => flyttKlokka(b.dataset.frem));
$('#frem-knapp').addEventListener('click', () => flyttKlokka($('#frem').value.trim()));

$('#nullstill').addEventListener('click', () => {
  if (!window.confirm('Slette alle saker, vedlegg, hendelser, webhooks, logg og feil for organisasjonen?')) return;
  valgtSak = undefined;
  handling(async () => {
    const n = await kall('POST', '/sandbox/reset');
    vis(`Nullstilt: ${n.saker} saker, ${n.vedlegg} vedlegg, ${n.hendelser} hendelser, ${n.logg} logginnslag`);
  });
});

for (const b of document.querySelectorAll('nav [data-fane]')) b.addEventListener('click', () => velgFane(b.dataset.fane));
$('#versjon').addEventListener('change', (e) => {
  lager.setItem('sandbox.versjon', e.target.value);
  visVersjon();
  oppdater();
});
$('#oppdater').addEventListener('click', () => oppdater());

$('#status-skjema').addEventListener('submit', (e) => {
  e.preventDefault();
  const body = { saksstatus: $('#ny-status').value };
  if ($('#beslutning').value) body.beslutning = $('#beslutning').value;
  handling(() => kall('POST', `/sandbox/saker/${encodeURIComponent(valgtSak)}/status`, body), `Status satt til ${body.saksstatus}`);
});

$('#retting-skjema').addEventListener('submit', (e) => {
  e.preventDefault();
  const melding = $('#retting-melding').value.trim();
  handling(() => kall('POST', `/sandbox/saker/${encodeURIComponent(valgtSak)}/retting`, { melding }), 'Retting forespurt');
});

$('#logg-filter').addEventListener('submit', (e) => {
  e.preventDefault();
  loggFilter = Object.fromEntries([...new FormData(e.target)].filter(([, v]) => v !== ''));
  oppdater();
});

$('#feil-skjema').addEventListener('submit', (e) => {
  e.preventDefault();
  const f = Object.fromEntries([...new FormData(e.target)].filter(([, v]) => v !== ''));
  const body = { antall: Number(f.antall) };
  if (f.status) body.status = Number(f.status);
  if (f.forsinkelseMs) body.forsinkelseMs = Number(f.forsinkelseMs);
  if (f.sti) body.sti = f.sti;
  handling(() => kall('POST', '/sandbox/feil', body), `Feil injisert for de neste ${body.antall} forespørslene`);
});

$('#fjern-feil').addEventListener('click', () => handling(() => kall('DELETE', '/sandbox/feil'), 'Alle feil fjernet'));

// Refreshes while the page is visible; the sandbox's own GETs are not logged, so this leaves the log alone.
setInterval(() => {
  if (document.visibilityState === 'visible') oppdater();
}, 5000);

visSesjon();
