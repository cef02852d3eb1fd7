// Encodes a dataset's sites as one compact binary file (sites.bin) and decodes it straight into a SiteTable.
// Sites are stored by distinct point (city-level geocoding puts many sites on one point), codes in the
// narrowest unsigned column, strings dictionary-encoded; ids that follow a numbered pattern take no space.
import * as z from 'zod';
import {
  CompactFormatError,
  CompactReader,
  CompactWriter,
  indexType,
  newColumn,
  type ColumnSection,
  type UintArray,
} from './compact-format';
import type { Dataset, Trial } from './schema';
import { phaseMask, siteTableFromDataset, type SiteTable } from './site-table';
import { STATUS_GROUPS, statusGroup } from './status';
import { TRIAL_STATUSES } from './schema';

export { CompactFormatError } from './compact-format';

/** A decoded file: the site table plus the distinct points its sites stand on. */
export interface CompactSites {
  name: string;
  table: SiteTable;
  /** Distinct coordinates (NaN for the unresolved point) and the point of each site. */
  points: { lat: Float64Array; lon: Float64Array; ofSite: Uint32Array };
}

const section = z.object({
  offset: z.number().int().nonnegative(),
  byteLength: z.number().int().nonnegative(),
});
const column = section.extend({ type: z.enum(['u8', 'u16', 'u32', 'f64']) });
const CODE_COLUMNS = ['point', 'country', 'status', 'inherited', 'trial', 'city', 'geocodeMethod'] as const;
const STRING_COLUMNS = ['facility', 'siteNumber', 'state'] as const;

const headerSchema = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  pointCount: z.number().int().nonnegative(),
  ids: z.union([
    z.object({
      kind: z.literal('sequence'),
      prefix: z.string(),
      start: z.number().int(),
      pad: z.number().int(),
    }),
    z.object({ kind: z.literal('list'), section }),
  ]),
  pointLat: column,
  pointLon: column,
  codes: z.record(z.enum(CODE_COLUMNS), column),
  strings: z.record(z.enum(STRING_COLUMNS), z.object({ column, dictionary: section })),
  countries: section,
  cities: section,
  trials: section,
});

/** `prefix + (start + row)` zero-padded to `pad` digits, when every id follows that pattern. */
function idSequence(ids: readonly string[]): { prefix: string; start: number; pad: number } | null {
  const match = /^(.*?)(\d+)$/.exec(ids[0] ?? '');
  if (!match) return null;
  const [, prefix = '', digits = ''] = match;
  const start = Number(digits);
  const pad = digits.length;
  if (!Number.isSafeInteger(start + ids.length)) return null;
  for (let row = 0; row < ids.length; row++) {
    if (ids[row] !== prefix + String(start + row).padStart(pad, '0')) return null;
  }
  return { prefix, start, pad };
}

function indexColumn(writer: CompactWriter, values: ArrayLike<number>, count: number): ColumnSection {
  const type = indexType(count);
  const out = newColumn(type, values.length);
  out.set(values);
  return writer.column(type, out);
}

function dictionaryColumn(writer: CompactWriter, values: readonly (string | null)[]) {
  const index = new Map<string | null, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((value, row) => {
    let code = index.get(value);
    if (code === undefined) index.set(value, (code = index.size));
    codes[row] = code;
  });
  return { column: indexColumn(writer, codes, index.size), dictionary: writer.json([...index.keys()]) };
}

export function encodeDataset(dataset: Dataset): Uint8Array {
  const table = siteTableFromDataset(dataset);
  const writer = new CompactWriter();
  const pointIndex = new Map<string, number>();
  const ofSite = new Uint32Array(table.size);
  const pointLat: number[] = [];
  const pointLon: number[] = [];
  for (let row = 0; row < table.size; row++) {
    const lat = table.lat[row] ?? Number.NaN;
    const lon = table.lon[row] ?? Number.NaN;
    const key = `${lat},${lon}`;
    let point = pointIndex.get(key);
    if (point === undefined) {
      pointIndex.set(key, (point = pointLat.length));
      pointLat.push(lat);
      pointLon.push(lon);
    }
    ofSite[row] = point;
  }
  const sequence = idSequence(table.ids);
  const counts = {
    point: pointLat.length,
    country: table.countries.length,
    status: TRIAL_STATUSES.length,
    inherited: 2,
    trial: table.trials.length,
    city: table.cities.length,
    geocodeMethod: 4,
  };
  const source = { ...table, point: ofSite };
  const header = {
    name: dataset.name,
    size: table.size,
    pointCount: pointLat.length,
    ids: sequence ? { kind: 'sequence', ...sequence } : { kind: 'list', section: writer.json(table.ids) },
    pointLat: writer.column('f64', Float64Array.from(pointLat)),
    pointLon: writer.column('f64', Float64Array.from(pointLon)),
    codes: Object.fromEntries(
      CODE_COLUMNS.map((name) => [name, indexColumn(writer, source[name], counts[name])]),
    ),
    strings: Object.fromEntries(STRING_COLUMNS.map((name) => [name, dictionaryColumn(writer, table[name])])),
    countries: writer.json(table.countries),
    cities: writer.json(table.cities),
    trials: writer.json(trialRows(table.trials)),
  };
  return writer.finish(header);
}

function checkedCodes(values: UintArray | Float64Array, count: number, what: string): UintArray {
  if (values instanceof Float64Array)
    throw new CompactFormatError(`column "${what}" must hold whole numbers`);
  for (let i = 0; i < values.length; i++) {
    if ((values[i] ?? 0) >= count) throw new CompactFormatError(`column "${what}" row ${i} is out of range`);
  }
  return values;
}

function stringList(value: unknown, what: string, nullable = false): (string | null)[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' || (nullable && v === null))) {
    throw new CompactFormatError(`section "${what}" must be a list of strings`);
  }
  return value as (string | null)[];
}

type TrialRows = { keys: string[]; dictionaries: (unknown[] | null)[]; rows: unknown[][] };

/**
 * Trials as rows of values under one list of keys (field names once, not once per trial); a field with few
 * distinct values (status, phases, sponsor, source) is stored once per value and referred to by number.
 */
function trialRows(trials: readonly Trial[]): TrialRows {
  const keys = Object.keys(trials[0] ?? {}) as (keyof Trial)[];
  const columns = keys.map((key) => {
    const index = new Map<string, number>();
    const codes = trials.map((trial) => {
      const text = JSON.stringify(trial[key]);
      let code = index.get(text);
      if (code === undefined) index.set(text, (code = index.size));
      return code;
    });
    const worthIt = trials.length >= 8 && index.size <= trials.length / 4;
    return {
      dictionary: worthIt ? [...index.keys()].map((text) => JSON.parse(text) as unknown) : null,
      codes,
    };
  });
  return {
    keys,
    dictionaries: columns.map((column) => column.dictionary),
    rows: trials.map((trial, t) =>
      keys.map((key, k) => (columns[k]!.dictionary ? columns[k]!.codes[t] : trial[key])),
    ),
  };
}

/** Checks the shape the app relies on; the pipeline validated each trial in full before encoding. */
function trialList(value: unknown): Trial[] {
  const { keys, dictionaries, rows } = (value ?? {}) as Partial<Record<keyof TrialRows, unknown>>;
  if (!Array.isArray(keys) || !Array.isArray(dictionaries) || !Array.isArray(rows)) {
    throw new CompactFormatError('section "trials" must list trials');
  }
  return rows.map((row: unknown, index) => {
    if (!Array.isArray(row) || row.length !== keys.length) {
      throw new CompactFormatError(`trial ${index} does not match the trial fields`);
    }
    const trial: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const dictionary = dictionaries[k] as unknown[] | null;
      const value = dictionary ? dictionary[row[k] as number] : row[k];
      if (value === undefined)
        throw new CompactFormatError(`trial ${index} field "${keys[k]}" is out of range`);
      trial[keys[k] as string] = value;
    }
    if (typeof trial.id !== 'string' || !Array.isArray(trial.phases)) {
      throw new CompactFormatError(`trial ${index} lacks an id or phases`);
    }
    return trial as unknown as Trial;
  });
}

export function decodeCompact(bytes: Uint8Array): CompactSites {
  const reader = new CompactReader(bytes);
  const parsed = headerSchema.safeParse(reader.header);
  if (!parsed.success) throw new CompactFormatError(`header is malformed (${z.prettifyError(parsed.error)})`);
  const header = parsed.data;
  const { size, pointCount } = header;
  const pointLat = reader.column(header.pointLat, pointCount, 'pointLat') as Float64Array;
  const pointLon = reader.column(header.pointLon, pointCount, 'pointLon') as Float64Array;
  const trials = trialList(reader.json(header.trials, 'trials'));
  const countries = stringList(reader.json(header.countries, 'countries'), 'countries') as string[];
  const cities = stringList(reader.json(header.cities, 'cities'), 'cities') as string[];
  const counts = {
    point: pointCount,
    country: countries.length,
    status: TRIAL_STATUSES.length,
    inherited: 2,
    trial: trials.length,
    city: cities.length,
    geocodeMethod: 4,
  };
  const code = (name: (typeof CODE_COLUMNS)[number]) => {
    const sectionOf = header.codes[name];
    if (!sectionOf) throw new CompactFormatError(`column "${name}" is missing`);
    return checkedCodes(reader.column(sectionOf, size, name), counts[name], name);
  };
  const strings = (name: (typeof STRING_COLUMNS)[number]) => {
    const entry = header.strings[name];
    if (!entry) throw new CompactFormatError(`column "${name}" is missing`);
    const dictionary = stringList(reader.json(entry.dictionary, name), name, true);
    const codes = checkedCodes(reader.column(entry.column, size, name), dictionary.length, name);
    const values = new Array<string | null>(size);
    for (let row = 0; row < size; row++) values[row] = dictionary[codes[row]!] ?? null;
    return values;
  };
  const ofSite = new Uint32Array(code('point'));
  const lat = new Float64Array(size);
  const lon = new Float64Array(size);
  for (let row = 0; row < size; row++) {
    const point = ofSite[row] ?? 0;
    lat[row] = pointLat[point] ?? Number.NaN;
    lon[row] = pointLon[point] ?? Number.NaN;
  }
  const status = new Uint8Array(code('status'));
  const groupOfStatus = TRIAL_STATUSES.map((s) => STATUS_GROUPS.indexOf(statusGroup(s)));
  const group = new Uint8Array(size);
  for (let row = 0; row < size; row++) group[row] = groupOfStatus[status[row]!] ?? 0;
  const ids = header.ids;
  const sequence = (prefix: string, start: number, pad: number) => {
    const list = new Array<string>(size);
    for (let row = 0; row < size; row++) list[row] = prefix + String(start + row).padStart(pad, '0');
    return list;
  };
  const table: SiteTable = {
    size,
    ids:
      ids.kind === 'sequence'
        ? sequence(ids.prefix, ids.start, ids.pad)
        : (stringList(reader.json(ids.section, 'ids'), 'ids') as string[]),
    lat,
    lon,
    country: new Uint16Array(code('country')),
    countries,
    status,
    group,
    inherited: new Uint8Array(code('inherited')),
    trial: new Uint32Array(code('trial')),
    trials,
    trialPhaseMask: Uint8Array.from(trials, (trial) => phaseMask(trial.phases)),
    city: new Uint32Array(code('city')),
    cities,
    facility: strings('facility'),
    siteNumber: strings('siteNumber'),
    state: strings('state'),
    geocodeMethod: new Uint8Array(code('geocodeMethod')),
  };
  if (table.ids.length !== size)
    throw new CompactFormatError(`lists ${table.ids.length} ids for ${size} sites`);
  return { name: header.name, table, points: { lat: pointLat, lon: pointLon, ofSite } };
}

export function decodeToSiteTable(bytes: Uint8Array): SiteTable {
  return decodeCompact(bytes).table;
}
