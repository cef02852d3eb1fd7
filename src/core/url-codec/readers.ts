// Readers for the link's list and map parameters, which keep the valid parts and word a notice for the rest.
import { conditionKey } from '../conditions';
import type { MapPosition } from '../view-state';
import { canonicalMap, formatNumber } from './canonical';
import { MAX_ID_LENGTH, MAX_LAT, MAX_ZOOM, schemas, wellFormed } from './values';

/** Quotes a value for a notice: short, and free of characters that would garble the message. */
export function quote(value: string): string {
  const clean = wellFormed(value).replace(/\s+/g, ' ').trim();
  const points = Array.from(clean);
  return `"${points.length > 40 ? `${points.slice(0, 39).join('')}…` : clean}"`;
}

function quoteAll(values: string[]): string {
  const shown = values.slice(0, 5).map(quote).join(', ');
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

const plural = (noun: string, count: number) =>
  count > 1 ? `${noun}${noun.endsWith('s') ? 'es' : 's'}` : noun;

/** Codes (country, status group, phase), each parsed on its own; codes unknown to the dataset are dropped. */
export function readCodes<T extends string>(
  raws: string[],
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  known: ReadonlySet<string> | undefined,
  noun: string,
  ignored: string[],
): T[] {
  const codes: T[] = [];
  const bad: string[] = [];
  for (const raw of raws) {
    const parsed = schema.safeParse(raw);
    if (parsed.success && (!known || known.has(parsed.data))) codes.push(parsed.data);
    else bad.push(raw);
  }
  if (bad.length) ignored.push(`Ignored unknown ${plural(noun, bad.length)} ${quoteAll(bad)}.`);
  return codes;
}

/** Ids checked against the dataset; trial ids also match regardless of case, as people type them. */
export function readIds(
  raws: string[],
  known: { has(id: string): boolean } | undefined,
  caseless: boolean,
  noun: string,
  ignored: string[],
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
  if (bad.length) ignored.push(`Ignored ${plural(noun, bad.length)} not in this dataset: ${quoteAll(bad)}.`);
  return ids;
}

/** Conditions, read in any case and with or without accents; those the dataset does not have are dropped. */
export function readConditions(
  raws: string[],
  known: ReadonlySet<string> | undefined,
  ignored: string[],
): string[] {
  const keys: string[] = [];
  const bad: string[] = [];
  for (const raw of raws) {
    const key = conditionKey(wellFormed(raw).slice(0, MAX_ID_LENGTH));
    if (key && (!known || known.has(key))) keys.push(key);
    else bad.push(raw);
  }
  if (bad.length)
    ignored.push(`Ignored ${plural('condition', bad.length)} not in this dataset: ${quoteAll(bad)}.`);
  return keys;
}

function isIterable(value: object): value is Iterable<string> {
  return Symbol.iterator in value;
}

export function readMap(single: (name: string) => string | undefined, ignored: string[]): MapPosition | null {
  let raw = single('map');
  if (raw === undefined) {
    const [zoom, lat, lng] = [single('zoom'), single('lat'), single('lng') ?? single('lon')];
    if (zoom === undefined && lat === undefined && lng === undefined) return null;
    raw = `${zoom ?? ''}/${lat ?? ''}/${lng ?? ''}`;
  }
  const parsed = schemas.map.safeParse(raw);
  if (!parsed.success) {
    ignored.push(`Ignored map position ${quote(raw)} (expected zoom/latitude/longitude as numbers).`);
    return null;
  }
  const [zoom, lat, lng] = parsed.data;
  const position = canonicalMap({ zoom, lat, lng });
  if (zoom < 0 || zoom > MAX_ZOOM)
    ignored.push(`Map zoom ${formatNumber(zoom)} is out of range; used ${formatNumber(position.zoom)}.`);
  if (Math.abs(lat) > MAX_LAT)
    ignored.push(`Map latitude ${formatNumber(lat)} is out of range; used ${formatNumber(position.lat)}.`);
  return position;
}
