// Decodes sites.bin (written by encode.ts) straight into a SiteTable, for the browser: every section is
// checked against the header and every code against its range, so a damaged file is refused, never misread.
import * as z from 'zod/mini';
import { noConditions } from '../conditions';
import { eligibilityColumns } from '../eligibility';
import { firstDuplicate } from '../integrity';
import { type ClusterOptions } from '../point-clusters';
import type { BuiltFrom } from '../schema';
import { deriveOnFirstUse, makeOnFirstRead, phaseMask, type SiteTable } from '../site-table';
import { STATUS_GROUPS, statusGroup } from '../status';
import { TRIAL_STATUSES } from '../dataset-enums';
import {
  CompactFormatError,
  CompactReader,
  indexType,
  newColumn,
  TEXT_MAGIC,
  type UintArray,
} from './format';
import {
  codeCounts,
  headerSchema,
  type coordinateColumn,
  textHeaderSchema,
  type CodeColumn,
  type siteColumn,
  type StringColumn,
} from './header';
import { readSiteText } from './site-text';
import { trialList } from './trials';
import { NO_INDEX } from '../typed-index';

export { CompactFormatError } from './format';

/** A decoded file: the site table plus the distinct points its sites stand on. */
export interface CompactSites {
  name: string;
  table: SiteTable;
  /** Distinct coordinates (NaN for the unresolved point) and the point of each site. */
  points: { lat: Float64Array; lon: Float64Array; ofSite: Uint32Array };
  /**
   * The string columns as codes into their dictionaries (sorting by name need not touch a million strings):
   * empty until site-text.bin is read (decodeSiteText).
   */
  dictionaryCodes: Partial<
    Record<'facility' | 'siteNumber' | 'state', { codes: ArrayLike<number>; dictionary: (string | null)[] }>
  >;
  /** Rank of each city in the list order (collatorRanks), when the file carries it. */
  cityRank: Uint32Array | null;
  /** Set when site ids follow `prefix + (start + row)` zero-padded to `pad` digits (synthetic datasets). */
  idSequence: { prefix: string; start: number; pad: number } | null;
  /** The cluster hierarchy over the points, precomputed by the pipeline (point-clusters.ts clusterPoints). */
  clusters: { options: ClusterOptions; ancestors: Uint32Array[] };
  /** The dataset's builtFrom (how fresh it is, and the registry query it came from); null in older files. */
  builtFrom: BuiltFrom | null;
  /** The file's CRC-32, which its site-text.bin names. */
  checksum: number;
}

/**
 * Row `row`'s site id, from the id sequence when there is one, without touching the table's ids (made on first
 * use from the sequence: a million strings) or from those ids.
 */
export function siteIdAt(
  table: Pick<SiteTable, 'ids'>,
  sequence: CompactSites['idSequence'],
  row: number,
): string {
  return sequence
    ? sequence.prefix + String(sequence.start + row).padStart(sequence.pad, '0')
    : table.ids[row]!;
}

function checkedCodes(
  values: UintArray | Float64Array,
  count: number,
  what: string,
  /** What the column's values stand for: a site (row), or a point (a column stored by point). */
  unit: 'row' | 'point' = 'row',
): UintArray {
  if (values instanceof Float64Array)
    throw new CompactFormatError(`column "${what}" must hold whole numbers`);
  for (let i = 0; i < values.length; i++) {
    if ((values[i] ?? 0) >= count)
      throw new CompactFormatError(`column "${what}" ${unit} ${i} is out of range`);
  }
  return values;
}

function stringList(value: unknown, what: string, nullable = false): (string | null)[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' || (nullable && v === null))) {
    throw new CompactFormatError(`section "${what}" must be a list of strings`);
  }
  return value as (string | null)[];
}

/**
 * A zoom's node of each point from the bits that mark where nodes start (header.ts), checked: the placed points
 * come first and the first of them starts a node, no bit is set past them, and the nodes number nodeCount.
 */
function nodesOfPoints(starts: Uint8Array, nodeCount: number, lat: Float64Array, what: string): Uint32Array {
  const nodes = new Uint32Array(lat.length).fill(NO_INDEX);
  let node = -1;
  for (let point = 0; point < lat.length; point++) {
    const start = ((starts[point >> 3] ?? 0) >> (point & 7)) & 1;
    if (Number.isNaN(lat[point]!)) {
      if (start) throw new CompactFormatError(`${what}: a point without coordinates starts a cluster`);
      continue;
    }
    if (point > 0 && Number.isNaN(lat[point - 1]!))
      throw new CompactFormatError(`${what}: a point with coordinates follows one without`);
    node += start;
    if (node < 0) throw new CompactFormatError(`${what}: the first point starts no cluster`);
    nodes[point] = node;
  }
  if (node + 1 !== nodeCount)
    throw new CompactFormatError(`${what} holds ${node + 1} clusters, expected ${nodeCount}`);
  return nodes;
}

/** The points' latitudes or longitudes, from doubles or from scaled differences (header.ts). */
function pointCoordinates(
  reader: CompactReader,
  section: z.infer<typeof coordinateColumn>,
  pointCount: number,
  what: string,
): Float64Array {
  if ('type' in section) {
    if (section.type !== 'f64') {
      throw new CompactFormatError(`column "${what}" holds ${section.type}, not f64`);
    }
    return reader.column(section, pointCount, what) as Float64Array;
  }
  if (section.placed > pointCount) {
    throw new CompactFormatError(`column "${what}" places ${section.placed} points, of ${pointCount}`);
  }
  if (section.deltas.type !== 'u32') {
    throw new CompactFormatError(`column "${what}" holds ${section.deltas.type}, not u32`);
  }
  const deltas = reader.column(section.deltas, section.placed, what);
  const values = new Float64Array(pointCount).fill(Number.NaN);
  let scaled = 0;
  for (let point = 0; point < deltas.length; point++) {
    const zigzag = deltas[point]!;
    scaled += zigzag & 1 ? -(zigzag + 1) / 2 : zigzag / 2;
    values[point] = scaled / section.scale;
  }
  return values;
}

export function decodeCompact(bytes: Uint8Array): CompactSites {
  const reader = new CompactReader(bytes);
  const parsed = headerSchema.safeParse(reader.header);
  if (!parsed.success) throw new CompactFormatError(`header is malformed (${z.prettifyError(parsed.error)})`);
  const header = parsed.data;
  const { size, pointCount } = header;
  const pointLat = pointCoordinates(reader, header.pointLat, pointCount, 'pointLat');
  const pointLon = pointCoordinates(reader, header.pointLon, pointCount, 'pointLon');
  const trialSections = Array.isArray(header.trials) ? header.trials : [header.trials];
  const trials = trialSections.flatMap((entry) => trialList(reader.json(entry, 'trials')));
  const countries = stringList(reader.json(header.countries, 'countries'), 'countries') as string[];
  const cities = stringList(reader.json(header.cities, 'cities'), 'cities') as string[];
  const cityRank = header.cityRank
    ? new Uint32Array(
        checkedCodes(reader.column(header.cityRank, cities.length, 'cityRank'), cities.length, 'cityRank'),
      )
    : null;
  const counts = codeCounts({
    point: pointCount,
    country: countries.length,
    trial: trials.length,
    city: cities.length,
  });
  const pointSection = header.codes.point;
  if (!pointSection || 'byPoint' in pointSection) throw new CompactFormatError('column "point" is missing');
  const ofSite = new Uint32Array(
    checkedCodes(reader.column(pointSection, size, 'point'), pointCount, 'point'),
  );
  const points = { ofSite, pointCount, size };
  const code = (name: CodeColumn) => {
    const entry = header.codes[name];
    if (!entry) throw new CompactFormatError(`column "${name}" is missing`);
    return siteCodes(reader, entry, counts[name], name, points);
  };
  const coordinates = (at: Float64Array) => () => {
    const values = new Float64Array(size);
    for (let row = 0; row < size; row++) values[row] = at[ofSite[row]!] ?? Number.NaN;
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
    trialIds: trials.map((trial) => trial.id),
    trialPhaseMask: Uint8Array.from(trials, (trial) => phaseMask(trial.phases)),
    trialEligibility: eligibilityColumns([]),
    conditionIndex: noConditions(trials.length),
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
  makeOnFirstRead(table, 'lat', coordinates(pointLat));
  makeOnFirstRead(table, 'lon', coordinates(pointLon));
  // The sites' text is in site-text.bin (decodeSiteText): a read before it is a mistake, said as one.
  for (const key of TEXT_COLUMNS) {
    makeOnFirstRead(table, key, () => {
      throw new Error(`The sites' ${key} column is read before site-text.bin is loaded`);
    });
  }
  deriveOnFirstUse(table);
  if (ids.kind === 'sequence') makeOnFirstRead(table, 'ids', () => sequence(ids.prefix, ids.start, ids.pad));
  else if (table.ids.length !== size) {
    throw new CompactFormatError(`lists ${table.ids.length} ids for ${size} sites`);
  } else {
    const twice = firstDuplicate(table.ids);
    if (twice !== null) throw new CompactFormatError(`site id "${twice}" is used twice`);
  }
  const clusters = {
    options: {
      radius: header.clusters.radius,
      extent: header.clusters.extent,
      maxZoom: header.clusters.maxZoom,
    },
    ancestors: header.clusters.levels.map(({ starts, nodeCount }, zoom) =>
      nodesOfPoints(
        reader.column(starts, Math.ceil(pointCount / 8), `zoom ${zoom}`) as Uint8Array,
        nodeCount,
        pointLat,
        `zoom ${zoom}`,
      ),
    ),
  };
  if (clusters.ancestors.length !== clusters.options.maxZoom + 1) {
    throw new CompactFormatError('cluster hierarchy does not cover every zoom');
  }
  return {
    name: header.name,
    table,
    points: { lat: pointLat, lon: pointLon, ofSite },
    clusters,
    builtFrom: header.builtFrom ?? null,
    dictionaryCodes: {},
    checksum: reader.checksum,
    cityRank,
    idSequence: ids.kind === 'sequence' ? { prefix: ids.prefix, start: ids.start, pad: ids.pad } : null,
  };
}

/** The table's columns site-text.bin holds. */
const TEXT_COLUMNS = ['facility', 'siteNumber', 'state', 'zip', 'contacts'] as const;

/**
 * Reads site-text.bin into the sites of its sites.bin: the table's facility, site number, state, zip and
 * contacts columns (each made on first use) and the names' codes for the list's order. A text file of other
 * sites (another build's) is refused.
 */
export function decodeSiteText(bytes: Uint8Array, sites: CompactSites): void {
  const reader = new CompactReader(bytes, TEXT_MAGIC);
  const parsed = textHeaderSchema.safeParse(reader.header);
  if (!parsed.success) throw new CompactFormatError(`header is malformed (${z.prettifyError(parsed.error)})`);
  const header = parsed.data;
  const { table, points } = sites;
  if (header.sites !== sites.checksum || header.size !== table.size) {
    throw new CompactFormatError("the sites' text belongs to another sites.bin (another build of the data)");
  }
  const at = { ofSite: points.ofSite, pointCount: points.lat.length, size: table.size };
  const strings = (name: StringColumn) => {
    const entry = header.strings[name];
    if (!entry) throw new CompactFormatError(`column "${name}" is missing`);
    const dictionary = stringList(reader.json(entry.dictionary, name), name, true);
    const codes = siteCodes(reader, entry.column, dictionary.length, name, at);
    sites.dictionaryCodes[name] = { codes, dictionary };
    return () => {
      const values = new Array<string | null>(table.size);
      for (let row = 0; row < table.size; row++) values[row] = dictionary[codes[row]!] ?? null;
      return values;
    };
  };
  const facility = strings('facility');
  const siteNumber = strings('siteNumber');
  const state = strings('state');
  const siteText = readSiteText(reader, header.siteText, table.size);
  makeOnFirstRead(table, 'facility', facility);
  makeOnFirstRead(table, 'siteNumber', siteNumber);
  makeOnFirstRead(table, 'state', state);
  makeOnFirstRead(table, 'zip', siteText.zip);
  makeOnFirstRead(table, 'contacts', siteText.contacts);
}

/** Both files, decoded into one table. */
export function decodeToSiteTable(files: { sites: Uint8Array; text: Uint8Array }): SiteTable {
  const sites = decodeCompact(files.sites);
  decodeSiteText(files.text, sites);
  return sites.table;
}

/** A site column's codes, each below `count`, made whole when it is stored by point. */
function siteCodes(
  reader: CompactReader,
  entry: z.infer<typeof siteColumn>,
  count: number,
  name: string,
  { ofSite, pointCount, size }: { ofSite: Uint32Array; pointCount: number; size: number },
): UintArray {
  if (!('byPoint' in entry)) return checkedCodes(reader.column(entry, size, name), count, name);
  const ofPoint = checkedCodes(reader.column(entry.byPoint, pointCount, name), count, name, 'point');
  const { exceptions } = entry;
  const rows = checkedCodes(reader.column(exceptions.rows, exceptions.count, name), size, `${name} rows`);
  const values = checkedCodes(reader.column(exceptions.values, exceptions.count, name), count, name);
  const codes = newColumn(indexType(count), size);
  for (let row = 0; row < size; row++) codes[row] = ofPoint[ofSite[row]!]!;
  for (let i = 0; i < rows.length; i++) codes[rows[i]!] = values[i]!;
  return codes;
}
