// Encodes a dataset's sites as one compact binary file (sites.bin) and decodes it straight into a SiteTable.
// Sites are stored by distinct point (city-level geocoding puts many sites on one point), codes in the
// narrowest unsigned column, strings dictionary-encoded; ids that follow a numbered pattern take no space.
import * as z from 'zod/mini';
import {
  CompactFormatError,
  CompactReader,
  CompactWriter,
  indexType,
  type SectionWriter,
  newColumn,
  type ColumnSection,
  type UintArray,
} from './format';
import { buildAncestors, DEFAULT_CLUSTER_OPTIONS, NO_NODE, type ClusterOptions } from '../point-clusters';
import { readSiteText, siteTextSchema, writeSiteText } from './site-text';
import { trialList, trialRows } from './trials';
import { firstDuplicate } from '../integrity';
import { builtFromSchema, type BuiltFrom, type Dataset, type Trial } from '../schema';
import { indexConditionsOnFirstUse, phaseMask, siteTableFromDataset, type SiteTable } from '../site-table';
import { STATUS_GROUPS, statusGroup } from '../status';
import { TRIAL_STATUSES } from '../dataset-enums';

export { CompactFormatError } from './format';

/** A decoded file: the site table plus the distinct points its sites stand on. */
export interface CompactSites {
  name: string;
  table: SiteTable;
  /** Distinct coordinates (NaN for the unresolved point) and the point of each site. */
  points: { lat: Float64Array; lon: Float64Array; ofSite: Uint32Array };
  /** The string columns as codes into their dictionaries (sorting by name need not touch a million strings). */
  dictionaryCodes: Partial<
    Record<'facility' | 'siteNumber' | 'state', { codes: ArrayLike<number>; dictionary: (string | null)[] }>
  >;
  /** Rank of each city in the list order (collatorRanks), when the file carries it. */
  cityRank: Uint32Array | null;
  /** Set when site ids follow `prefix + (start + row)` zero-padded to `pad` digits (synthetic datasets). */
  idSequence: { prefix: string; start: number; pad: number } | null;
  /** The cluster hierarchy over the points, precomputed by the pipeline (see point-clusters.ts). */
  clusters: { options: ClusterOptions; ancestors: Uint32Array[] } | null;
  /** The dataset's builtFrom (how fresh it is, and the registry query it came from); null in older files. */
  builtFrom: BuiltFrom | null;
}

const section = z.object({
  offset: z.int().check(z.nonnegative()),
  byteLength: z.int().check(z.nonnegative()),
});
const column = z.extend(section, { type: z.enum(['u8', 'u16', 'u32', 'f64']) });
const CODE_COLUMNS = ['point', 'country', 'status', 'inherited', 'trial', 'city', 'geocodeMethod'] as const;
const STRING_COLUMNS = ['facility', 'siteNumber', 'state'] as const;

const headerSchema = z.object({
  name: z.string(),
  size: z.int().check(z.nonnegative()),
  pointCount: z.int().check(z.nonnegative()),
  ids: z.union([
    z.object({
      kind: z.literal('sequence'),
      prefix: z.string(),
      start: z.int(),
      pad: z.int(),
    }),
    z.object({ kind: z.literal('list'), section }),
  ]),
  pointLat: column,
  pointLon: column,
  codes: z.record(z.enum(CODE_COLUMNS), column),
  strings: z.record(z.enum(STRING_COLUMNS), z.object({ column, dictionary: section })),
  countries: section,
  cities: section,
  /** Each city's position when the cities are sorted for people (the site list's order), so no browser sorts them. */
  cityRank: z.optional(column),
  /** One section, or several (each a whole trials section) when one would be too long for a string. */
  trials: z.union([section, z.array(section)]),
  builtFrom: z.optional(builtFromSchema),
  /** Zip codes and contacts (absent in files written before they were carried). */
  siteText: z.optional(siteTextSchema),
  clusters: z.optional(
    z.object({
      radius: z.number(),
      extent: z.number(),
      maxZoom: z.int().check(z.gte(0), z.lte(24)),
      /** Per zoom: the node of each point, NO_NODE stored as the zoom's node count. */
      ancestors: z.array(z.object({ column, nodeCount: z.int().check(z.nonnegative()) })),
    }),
  ),
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

function indexColumn(writer: SectionWriter, values: ArrayLike<number>, count: number): ColumnSection {
  const type = indexType(count);
  const out = newColumn(type, values.length);
  out.set(values);
  return writer.column(type, out);
}

function dictionaryColumn(writer: SectionWriter, values: readonly (string | null)[]) {
  const index = new Map<string | null, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((value, row) => {
    let code = index.get(value);
    if (code === undefined) index.set(value, (code = index.size));
    codes[row] = code;
  });
  return { column: indexColumn(writer, codes, index.size), dictionary: writer.json([...index.keys()]) };
}

/** Trials per section of the trials list: a registry's trials in one JSON text would pass V8's string limit. */
export const TRIALS_PER_SECTION = 20_000;

function* trialChunks(trials: readonly Trial[]): Generator<readonly Trial[]> {
  for (let start = 0; start < trials.length || start === 0; start += TRIALS_PER_SECTION)
    yield trials.slice(start, start + TRIALS_PER_SECTION);
}

export function encodeDataset(dataset: Dataset): Uint8Array {
  const table = siteTableFromDataset(dataset);
  const writer = new CompactWriter();
  const header = writeSiteTable(writer, table, dataset, trialChunks(table.trials));
  return writer.finish(header);
}

/**
 * Writes a site table's sections and returns the header that points at them. The trials come as chunks of
 * the table's trials in order (the table's own trial list needs only their ids and phases), so a build can
 * stream a registry's trials from disk.
 */
export function writeSiteTable(
  writer: SectionWriter,
  table: Omit<SiteTable, 'trials'> & { trials: readonly unknown[] },
  { name, builtFrom }: { name: string; builtFrom: BuiltFrom },
  trials: Iterable<readonly Trial[]>,
): object {
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
  return {
    name,
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
    cityRank: writer.column('u32', collatorRanks(table.cities)),
    // One section of trials in memory at a time: a registry's trials as objects would not fit.
    trials: oneOrMany(Array.from(trials, (chunk) => writer.json(trialRows(chunk)))),
    builtFrom,
    siteText: writeSiteText(writer, table.zip, table.contacts),
    clusters: clusterSections(writer, pointLon, pointLat, ofSite),
  };
}

function oneOrMany<T>(items: T[]): T | T[] {
  return items.length === 1 ? items[0]! : items;
}

function clusterSections(writer: SectionWriter, lon: number[], lat: number[], ofSite: Uint32Array) {
  const weight = new Uint32Array(lon.length);
  for (const point of ofSite) weight[point]!++;
  const options = DEFAULT_CLUSTER_OPTIONS;
  const ancestors = buildAncestors(Float64Array.from(lon), Float64Array.from(lat), weight, options).map(
    (nodes) => {
      let nodeCount = 0;
      for (const node of nodes) if (node !== NO_NODE && node >= nodeCount) nodeCount = node + 1;
      const stored = nodes.map((node) => (node === NO_NODE ? nodeCount : node));
      return { column: indexColumn(writer, stored, nodeCount + 1), nodeCount };
    },
  );
  return { ...options, ancestors };
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

/** Positions of values sorted as people read them (English collation, case and accents aside); ties keep order. */
export function collatorRanks(values: readonly string[]): Uint32Array {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const sorted = values.map((_, i) => i).sort((a, b) => collator.compare(values[a]!, values[b]!));
  const rank = new Uint32Array(values.length);
  sorted.forEach((index, position) => (rank[index] = position));
  return rank;
}

/** Replaces table[key] by a getter that makes the value once, on first read. */
function lazy<K extends keyof SiteTable>(table: SiteTable, key: K, make: () => SiteTable[K]): void {
  Object.defineProperty(table, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
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
  const trialSections = Array.isArray(header.trials) ? header.trials : [header.trials];
  const trials = trialSections.flatMap((entry) => trialList(reader.json(entry, 'trials')));
  const countries = stringList(reader.json(header.countries, 'countries'), 'countries') as string[];
  const cities = stringList(reader.json(header.cities, 'cities'), 'cities') as string[];
  const cityRank = header.cityRank
    ? new Uint32Array(
        checkedCodes(reader.column(header.cityRank, cities.length, 'cityRank'), cities.length, 'cityRank'),
      )
    : null;
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
  const dictionaryCodes: CompactSites['dictionaryCodes'] = {};
  const strings = (name: (typeof STRING_COLUMNS)[number]) => {
    const entry = header.strings[name];
    if (!entry) throw new CompactFormatError(`column "${name}" is missing`);
    const dictionary = stringList(reader.json(entry.dictionary, name), name, true);
    const codes = checkedCodes(reader.column(entry.column, size, name), dictionary.length, name);
    dictionaryCodes[name] = { codes, dictionary };
    return () => {
      const values = new Array<string | null>(size);
      for (let row = 0; row < size; row++) values[row] = dictionary[codes[row]!] ?? null;
      return values;
    };
  };
  const ofSite = new Uint32Array(code('point'));
  const coordinates = (points: Float64Array) => () => {
    const values = new Float64Array(size);
    for (let row = 0; row < size; row++) values[row] = points[ofSite[row]!] ?? Number.NaN;
    return values;
  };
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
    ids: ids.kind === 'sequence' ? [] : (stringList(reader.json(ids.section, 'ids'), 'ids') as string[]),
    lat: new Float64Array(0),
    lon: new Float64Array(0),
    country: new Uint16Array(code('country')),
    countries,
    status,
    group,
    inherited: new Uint8Array(code('inherited')),
    trial: new Uint32Array(code('trial')),
    trials,
    trialPhaseMask: Uint8Array.from(trials, (trial) => phaseMask(trial.phases)),
    conditionIndex: { keys: [], labels: [], ofTrial: [] },
    city: new Uint32Array(code('city')),
    cities,
    facility: [],
    siteNumber: [],
    state: [],
    zip: [],
    contacts: [],
    geocodeMethod: new Uint8Array(code('geocodeMethod')),
  };
  // Columns the first map paint does not need are made on first use: a million strings or coordinates each
  // cost tens of milliseconds and memory the clusters never touch.
  lazy(table, 'lat', coordinates(pointLat));
  lazy(table, 'lon', coordinates(pointLon));
  lazy(table, 'facility', strings('facility'));
  lazy(table, 'siteNumber', strings('siteNumber'));
  lazy(table, 'state', strings('state'));
  const siteText = readSiteText(reader, header.siteText, size);
  indexConditionsOnFirstUse(table);
  lazy(table, 'zip', siteText.zip);
  lazy(table, 'contacts', siteText.contacts);
  if (ids.kind === 'sequence') lazy(table, 'ids', () => sequence(ids.prefix, ids.start, ids.pad));
  else if (table.ids.length !== size) {
    throw new CompactFormatError(`lists ${table.ids.length} ids for ${size} sites`);
  } else {
    const twice = firstDuplicate(table.ids);
    if (twice !== null) throw new CompactFormatError(`site id "${twice}" is used twice`);
  }
  const clusters = header.clusters && {
    options: {
      radius: header.clusters.radius,
      extent: header.clusters.extent,
      maxZoom: header.clusters.maxZoom,
    },
    ancestors: header.clusters.ancestors.map(({ column, nodeCount }, zoom) => {
      const stored = checkedCodes(
        reader.column(column, pointCount, `zoom ${zoom}`),
        nodeCount + 1,
        `zoom ${zoom}`,
      );
      const nodes = new Uint32Array(stored);
      for (let p = 0; p < pointCount; p++) if (nodes[p] === nodeCount) nodes[p] = NO_NODE;
      return nodes;
    }),
  };
  if (clusters && clusters.ancestors.length !== clusters.options.maxZoom + 1) {
    throw new CompactFormatError('cluster hierarchy does not cover every zoom');
  }
  return {
    name: header.name,
    table,
    points: { lat: pointLat, lon: pointLon, ofSite },
    clusters: clusters ?? null,
    builtFrom: header.builtFrom ?? null,
    dictionaryCodes,
    cityRank,
    idSequence: ids.kind === 'sequence' ? { prefix: ids.prefix, start: ids.start, pad: ids.pad } : null,
  };
}

export function decodeToSiteTable(bytes: Uint8Array): SiteTable {
  return decodeCompact(bytes).table;
}
