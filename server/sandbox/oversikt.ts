/**
 * What the console lists (modelled): the organisation's cases and attachments, and one case in full (status,
 * versions, events, the failed requests that named it). Read straight from SQLite, scoped to the organisation.
 */
import type { FastifyInstance } from 'fastify';
import { API_VERSJONER, BASE } from '../api.js';
import { statusForSak, type StatusPaaSak } from '../sak/status.js';
import type { Versjon } from '../sak/repository.js';
import type { LoggInnslag } from './logg.js';

export interface SakOversikt {
  eksternSaksreferanse: string;
  saksstatus: string;
  beslutning: string | null;
  alminneligNamsmannsReferanse: string;
  innsenderReferanse: string;
  opprettet: string;
  oppdatert: string;
  antallVersjoner: number;
}

export interface VedleggOversikt {
  uuid: string;
  type: string;
  filnavn: string;
  status: string;
  storrelse: number;
  sha256: string;
  innsenderReferanse: string;
  opprettet: string;
  oppdatert: string;
}

export interface SakHendelse {
  sekvensnummer: number;
  type: string;
  tidspunkt: string;
  data: unknown;
}

export interface SakDetaljer {
  status: StatusPaaSak;
  versjoner: Versjon[];
  hendelser: SakHendelse[];
  /** The organisation's logged 4xx/5xx answers to requests naming this case (e.g. a 422 endring). */
  avvisteForespoersler: LoggInnslag[];
}

export const MAKS_OVERSIKT = 500;

export function saker(app: FastifyInstance, orgnr: string): SakOversikt[] {
  return app.db
    .prepare(
      `SELECT ekstern_saksreferanse AS eksternSaksreferanse, saksstatus, beslutning, namsmann_referanse AS alminneligNamsmannsReferanse,
        innsender_referanse AS innsenderReferanse, opprettet, oppdatert,
        (SELECT count(*) FROM begjaering_versjon v WHERE v.sak_id = sak.id) AS antallVersjoner
       FROM sak WHERE orgnr = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(orgnr, MAKS_OVERSIKT) as SakOversikt[];
}

export function vedlegg(app: FastifyInstance, orgnr: string): VedleggOversikt[] {
  return app.db
    .prepare(
      `SELECT uuid, type, filnavn, status, storrelse, sha256, innsender_referanse AS innsenderReferanse, opprettet, oppdatert
       FROM vedlegg WHERE orgnr = ? ORDER BY opprettet DESC, rowid DESC LIMIT ?`,
    )
    .all(orgnr, MAKS_OVERSIKT) as VedleggOversikt[];
}

export function sak(app: FastifyInstance, orgnr: string, ref: string): SakDetaljer | undefined {
  const funnet = app.saker.hent(orgnr, ref);
  if (!funnet) return undefined;
  const versjoner = app.saker.versjoner(funnet);
  const hendelser = (
    app.db
      .prepare(
        `SELECT sekvensnummer, type, tidspunkt, data FROM hendelse WHERE orgnr = ? AND ekstern_saksreferanse = ?
         ORDER BY sekvensnummer`,
      )
      .all(orgnr, ref) as (Omit<SakHendelse, 'data'> & { data: string })[]
  ).map((h) => ({ ...h, data: JSON.parse(h.data) as unknown }));
  // One read of both versions' requests, so that they stay newest first across the versions.
  const avvisteForespoersler = app.forespoerselslogg
    .les(orgnr, { sti: BASE, grense: app.config.loggMaks })
    .filter((i) => i.status >= 400 && i.sti.endsWith(`/${encodeURIComponent(ref)}`))
    .filter((i) => API_VERSJONER.some((api) => i.sti.startsWith(`${api.prefix}/utleggsbegjaering/`)));
  return { status: statusForSak(funnet, versjoner), versjoner, hendelser, avvisteForespoersler };
}
