/**
 * The content limits of attachment conversion (config: VEDLEGG_MAKS_*; docs/vedlegg-grenser.md), checked before
 * the costly part of the work: the size an image declares before it is decoded, a text's size before it is laid
 * out, its pages before they are drawn, a PDF's objects and inflated bytes while it is read.
 */
import type { Config } from '../config.js';

export interface Konverteringsgrenser {
  maksPiksler: number;
  maksTekstBytes: number;
  maksSider: number;
  maksPdfObjekter: number;
  maksDekomprimertBytes: number;
}

export function grenserFra(config: Config): Konverteringsgrenser {
  return {
    maksPiksler: config.vedleggMaksPiksler,
    maksTekstBytes: config.vedleggMaksTekstBytes,
    maksSider: config.vedleggMaksSider,
    maksPdfObjekter: config.vedleggMaksPdfObjekter,
    maksDekomprimertBytes: config.vedleggMaksDekomprimertBytes,
  };
}

/** A file over one of the limits: it cannot be converted, however often it is tried (kanIkkeKonverteres). */
export class OverGrensen extends Error {}
