// Canonical forms and zod schemas for the values a link carries; each one parses a single raw value.
// zod/mini: the functional build that tree-shakes, since links are read as the app starts.
import * as z from 'zod/mini';
import { PHASES } from '../dataset-enums';
import { MAX_PERSON_AGE, PERSON_SEXES } from '../eligibility';
import { LANGUAGES } from '../languages';
import { STATUS_GROUPS } from '../status';
import { VIEWS } from '../view-state';

export const MAX_QUERY_LENGTH = 200;
export const MAX_ID_LENGTH = 200;
export const MAX_PLACE_LENGTH = 100;
export const MAX_ZOOM = 19;
/** Web Mercator stops here; beyond it Leaflet cannot centre the map. */
export const MAX_LAT = 85.05;
/** Half the Earth's circumference: no radius can reach further. */
export const MAX_RADIUS_KM = 20_038;

// Decimals kept in a link: ~1 m for the map centre; ~100 m for a person's location, which is all a
// city-level distance needs and reveals less; 1 m for a radius (miles convert to fractional km).
export const ZOOM_DECIMALS = 2;
export const MAP_DECIMALS = 5;
export const NEAR_DECIMALS = 3;
export const RADIUS_DECIMALS = 3;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** Rounds to a fixed number of decimals, and turns -0 into 0 so equal positions compare equal. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

/** Longitudes wrap around the antimeridian, as the map does when panned past it. */
export function wrapLongitude(lng: number): number {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return wrapped + 0;
}

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Search text as plain text: no control characters, trimmed, at most MAX_QUERY_LENGTH code points. */
export function normalizeQuery(raw: string): string {
  const clean = wellFormed(raw).replace(CONTROL, ' ').trim();
  const points = Array.from(clean);
  return points.length <= MAX_QUERY_LENGTH ? clean : points.slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** A number written in plain decimal or exponent form; "", "NaN", "Infinity" and "0x10" are not. */
const finiteNumber = z.pipe(
  z.pipe(z.string().check(z.trim(), z.regex(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/)), z.transform(Number)),
  z.number(),
);

/** A string trimmed and case-folded before it is checked. */
const folded = (fold: 'lower' | 'upper') =>
  z.string().check(z.trim(), fold === 'lower' ? z.toLowerCase() : z.toUpperCase());

export const schemas = {
  dataset: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9-]{1,64}$/)),
  id: z.pipe(
    z.pipe(
      z.string(),
      z.transform((value: string) => wellFormed(value).trim()),
    ),
    z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
  ),
  country: folded('upper').check(z.regex(/^[A-Z]{2}$/)),
  status: z.pipe(folded('lower'), z.enum(STATUS_GROUPS)),
  phase: z.pipe(folded('upper'), z.enum(PHASES)),
  view: z.pipe(folded('lower'), z.enum(VIEWS)),
  embed: z.pipe(
    z.pipe(folded('lower'), z.enum(['', '1', 'true', 'yes', '0', 'false', 'no'])),
    z.transform(
      (value: '' | '1' | 'true' | 'yes' | '0' | 'false' | 'no') => !['0', 'false', 'no'].includes(value),
    ),
  ),
  /** zoom/lat/lng, each a finite number; ranges are clamped by the caller so it can say so. */
  map: z.pipe(
    z.pipe(
      z.string(),
      z.transform((value: string) => value.split('/')),
    ),
    z.tuple([finiteNumber, finiteNumber, finiteNumber]),
  ),
  /** lat,lon of a chosen location. */
  near: z.pipe(
    z.pipe(
      z.string(),
      z.transform((value: string) => value.split(',')),
    ),
    z.tuple([z.pipe(finiteNumber, z.number().check(z.gte(-90), z.lte(90))), finiteNumber]),
  ),
  lang: z.pipe(folded('lower'), z.enum(LANGUAGES)),
  /** A place key: "naples-it" (name and country) or a GeoNames id; which place it is, the place list says. */
  place: folded('lower').check(z.maxLength(MAX_PLACE_LENGTH), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  radius: z.pipe(finiteNumber, z.number().check(z.positive())),
  /** A person's age in whole years. */
  age: z.pipe(finiteNumber, z.int().check(z.gte(0), z.lte(MAX_PERSON_AGE))),
  sex: z.pipe(folded('lower'), z.enum(PERSON_SEXES)),
  number: finiteNumber,
};

export function clampNumber(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
