// Readers for the link's list and map parameters, which keep the valid parts and note the rest.
import { conditionKey } from '../conditions';
import type { MapPosition } from '../view-state';
import { canonicalMap, formatNumber } from './canonical';
import { shownValue, shownValues, type LinkNotice } from './notices';
import { MAX_ID_LENGTH, MAX_LAT, MAX_ZOOM, schemas, wellFormed } from './values';

/** Codes (country, status group, phase), each parsed on its own; codes unknown to the dataset are dropped. */
export function readCodes<T extends string>(
  raws: string[],
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  known: ReadonlySet<string> | undefined,
  param: 'country' | 'status' | 'phase',
  ignored: LinkNotice[],
): T[] {
  const codes: T[] = [];
  const bad: string[] = [];
  for (const raw of raws) {
    const parsed = schema.safeParse(raw);
    if (parsed.success && (!known || known.has(parsed.data))) codes.push(parsed.data);
    else bad.push(raw);
  }
  if (bad.length) ignored.push({ kind: 'unknown-codes', param, ...shownValues(bad) });
  return codes;
}

/** Ids checked against the dataset; trial ids also match regardless of case, as people type them. */
export function readIds(
  raws: string[],
  known: { has(id: string): boolean } | undefined,
  caseless: boolean,
  param: 'trial' | 'site' | 'details',
  ignored: LinkNotice[],
): string[] {
  const ids: string[] = [];
  const bad: string[] = [];
  let lower: Map<string, string> | undefined;
  for (const raw of raws) {
    const parsed = schemas.id.safeParse(raw);
    if (!parsed.success) {
      if (raw.trim() !== '') bad.push(raw);
      continue;
    }
    let id: string | undefined = parsed.data;
    if (known && !known.has(id)) {
      if (caseless && isIterable(known)) {
        lower ??= new Map([...known].map((value) => [value.toLowerCase(), value]));
        id = lower.get(id.toLowerCase());
      } else id = undefined;
    }
    if (id === undefined) bad.push(raw);
    else ids.push(id);
  }
  if (bad.length) ignored.push({ kind: 'not-in-dataset', param, ...shownValues(bad) });
  return ids;
}

/** Conditions, read in any case and with or without accents; those the dataset does not have are dropped. */
export function readConditions(
  raws: string[],
  known: ReadonlySet<string> | undefined,
  ignored: LinkNotice[],
): string[] {
  const keys: string[] = [];
  const bad: string[] = [];
  for (const raw of raws) {
    const key = conditionKey(wellFormed(raw).slice(0, MAX_ID_LENGTH));
    if (key && (!known || known.has(key))) keys.push(key);
    else bad.push(raw);
  }
  if (bad.length) ignored.push({ kind: 'not-in-dataset', param: 'condition', ...shownValues(bad) });
  return keys;
}

function isIterable(value: object): value is Iterable<string> {
  return Symbol.iterator in value;
}

export function readMap(
  single: (name: string) => string | undefined,
  ignored: LinkNotice[],
): MapPosition | null {
  let raw = single('map');
  if (raw === undefined) {
    const [zoom, lat, lng] = [single('zoom'), single('lat'), single('lng') ?? single('lon')];
    if (zoom === undefined && lat === undefined && lng === undefined) return null;
    raw = `${zoom ?? ''}/${lat ?? ''}/${lng ?? ''}`;
  }
  const parsed = schemas.map.safeParse(raw);
  if (!parsed.success) {
    ignored.push({ kind: 'invalid', param: 'map', value: shownValue(raw) });
    return null;
  }
  const [zoom, lat, lng] = parsed.data;
  const position = canonicalMap({ zoom, lat, lng });
  const outOfRange = (param: 'zoom' | 'lat', value: number, used: number) =>
    ignored.push({ kind: 'out-of-range', param, value: formatNumber(value), used: formatNumber(used) });
  if (zoom < 0 || zoom > MAX_ZOOM) outOfRange('zoom', zoom, position.zoom);
  if (Math.abs(lat) > MAX_LAT) outOfRange('lat', lat, position.lat);
  return position;
}
