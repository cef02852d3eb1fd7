// Encodes a dataset's sites as two compact binary files, for the pipeline: sites.bin, what the map and the
// filters need, and site-text.bin, the text only the list and the details show. Sites are stored by distinct
// point (city-level geocoding puts many sites on one point), codes in the narrowest unsigned column, strings
// dictionary-encoded; ids that follow a numbered pattern take no space. decode.ts reads them back.
import { collatorRanks } from '../collation';
import { distinctPoints } from '../distinct-points';
import { clusterPoints, DEFAULT_CLUSTER_OPTIONS } from '../point-clusters';
import type { BuiltFrom, Dataset, Trial } from '../schema';
import { siteTableFromDataset, type SiteTable } from '../site-table';
import {
  compactChecksum,
  CompactWriter,
  indexType,
  newColumn,
  TEXT_MAGIC,
  type ColumnSection,
  type SectionWriter,
} from './format';
import { CODE_COLUMNS, codeCounts, COORDINATE_SCALE, STRING_COLUMNS } from './header';
import { writeSiteText } from './site-text';
import { trialRows } from './trials';
import { NO_INDEX } from '../typed-index';

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

/** Columns the sites at one point nearly always share (city-level geocoding): stored by point (header.ts). */
const BY_POINT = new Set(['country', 'city', 'state']);

/**
 * The column `name` of the sites: by point (header.ts byPoint) when it is one of BY_POINT and few sites differ
 * from their point's first site, else one value per site. `ofSite` gives each site's point, of `pointCount`.
 */
function siteColumn(
  writer: SectionWriter,
  name: string,
  values: ArrayLike<number>,
  count: number,
  points: { ofSite: Uint32Array; pointCount: number },
) {
  if (!BY_POINT.has(name)) return indexColumn(writer, values, count);
  const { ofSite, pointCount } = points;
  const ofPoint = new Uint32Array(pointCount).fill(NO_INDEX);
  const rows: number[] = [];
  for (let row = 0; row < values.length; row++) {
    const point = ofSite[row]!;
    if (ofPoint[point] === NO_INDEX) ofPoint[point] = values[row]!;
    else if (ofPoint[point] !== values[row]) rows.push(row);
  }
  // Worth it when the exceptions (a row and a value each) take less than a tenth of the column.
  if (rows.length > values.length / 10) return indexColumn(writer, values, count);
  return {
    byPoint: indexColumn(writer, ofPoint, count),
    exceptions: {
      count: rows.length,
      rows: indexColumn(writer, rows, values.length),
      values: indexColumn(
        writer,
        rows.map((row) => values[row]!),
        count,
      ),
    },
  };
}

function dictionaryCodes(values: readonly (string | null)[]) {
  const index = new Map<string | null, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((value, row) => {
    let code = index.get(value);
    if (code === undefined) index.set(value, (code = index.size));
    codes[row] = code;
  });
  return { codes, dictionary: [...index.keys()] };
}

/** Trials per section of the trials list: a registry's trials in one JSON text would pass V8's string limit. */
export const TRIALS_PER_SECTION = 20_000;

function* trialChunks(trials: readonly Trial[]): Generator<readonly Trial[]> {
  for (let start = 0; start < trials.length || start === 0; start += TRIALS_PER_SECTION)
    yield trials.slice(start, start + TRIALS_PER_SECTION);
}

/** A dataset's two compact files: sites.bin and site-text.bin. */
export interface EncodedSites {
  sites: Uint8Array;
  text: Uint8Array;
}

export function encodeDataset(dataset: Dataset): EncodedSites {
  const table = siteTableFromDataset(dataset);
  const writers = { sites: new CompactWriter(), text: new CompactWriter() };
  const headers = writeSiteTable(writers, table, dataset, trialChunks(table.trials));
  const sites = writers.sites.finish(headers.sites);
  return { sites, text: writers.text.finish(headers.text(compactChecksum(sites)), TEXT_MAGIC) };
}

/**
 * Writes a site table's sections, what the map and filters need to `sites` and the sites' text to `text`, and
 * returns the headers that point at them: site-text.bin's once sites.bin's checksum is known. The trials come
 * as chunks of the table's trials in order (the table's own trial list needs only their ids and phases), so a
 * build can stream a registry's trials from disk.
 */
export function writeSiteTable(
  writers: { sites: SectionWriter; text: SectionWriter },
  table: Omit<SiteTable, 'trials'> & { trials: readonly unknown[] },
  { name, builtFrom }: { name: string; builtFrom: BuiltFrom },
  trials: Iterable<readonly Trial[]>,
): { sites: object; text: (sitesChecksum: number) => object } {
  const writer = writers.sites;
  // The points in the hierarchy's order, so that it takes a bit per point and zoom (clusterSections).
  const clustered = clusterPoints(distinctPoints(table, undefined, { keepUnplaced: true }));
  const ofSite = clustered.ofRow;
  const pointCount = clustered.lat.length;
  const sequence = idSequence(table.ids);
  const counts = codeCounts({
    point: pointCount,
    country: table.countries.length,
    trial: table.trials.length,
    city: table.cities.length,
  });
  const source = { ...table, point: ofSite };
  const points = { ofSite, pointCount };
  const text = {
    size: table.size,
    strings: Object.fromEntries(
      STRING_COLUMNS.map((name) => {
        const { codes, dictionary } = dictionaryCodes(table[name]);
        const column = siteColumn(writers.text, name, codes, dictionary.length, points);
        return [name, { column, dictionary: writers.text.json(dictionary) }];
      }),
    ),
    siteText: writeSiteText(writers.text, table.zip, table.contacts),
  };
  const sites = {
    name,
    size: table.size,
    pointCount,
    ids: sequence ? { kind: 'sequence', ...sequence } : { kind: 'list', section: writer.json(table.ids) },
    pointLat: coordinateColumn(writer, clustered.lat),
    pointLon: coordinateColumn(writer, clustered.lon),
    codes: Object.fromEntries(
      CODE_COLUMNS.map((name) => [name, siteColumn(writer, name, source[name], counts[name], points)]),
    ),
    countries: writer.json(table.countries),
    cities: writer.json(table.cities),
    cityRank: writer.column('u32', collatorRanks(table.cities)),
    // One section of trials in memory at a time: a registry's trials as objects would not fit.
    trials: oneOrMany(Array.from(trials, (chunk) => writer.json(trialRows(chunk)))),
    builtFrom,
    clusters: clusterSections(writer, clustered.ancestors),
  };
  return { sites, text: (sitesChecksum) => ({ ...text, sites: sitesChecksum }) };
}

/**
 * The points' latitudes or longitudes (header.ts): as scaled differences when they give every value back exactly
 * and the points without coordinates are last, else as doubles.
 */
function coordinateColumn(writer: SectionWriter, values: Float64Array) {
  let placed = 0;
  while (placed < values.length && !Number.isNaN(values[placed]!)) placed++;
  const deltas = new Uint32Array(placed);
  let previous = 0;
  for (let point = 0; point < values.length; point++) {
    const value = values[point]!;
    if (point >= placed) {
      if (!Number.isNaN(value)) return writer.column('f64', values);
      continue;
    }
    const scaled = Math.round(value * COORDINATE_SCALE);
    const delta = scaled - previous;
    // Exactly the value (a -0 would come back as 0).
    const exact = scaled / COORDINATE_SCALE === value && !Object.is(scaled, -0);
    if (!exact || Math.abs(delta) >= 2 ** 31) return writer.column('f64', values);
    deltas[point] = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    previous = scaled;
  }
  return { scale: COORDINATE_SCALE, placed, deltas: writer.column('u32', deltas) };
}

function oneOrMany<T>(items: T[]): T | T[] {
  return items.length === 1 ? items[0]! : items;
}

/** Each zoom's nodes as the bits where they start (header.ts): clusterPoints numbers them in point order. */
function clusterSections(writer: SectionWriter, ancestors: Uint32Array[]) {
  const levels = ancestors.map((nodes) => {
    const starts = new Uint8Array(Math.ceil(nodes.length / 8));
    let nodeCount = 0;
    nodes.forEach((node, point) => {
      if (node === NO_INDEX || node < nodeCount) return;
      nodeCount++;
      starts[point >> 3]! |= 1 << (point & 7);
    });
    return { starts: writer.column('u8', starts), nodeCount };
  });
  return { ...DEFAULT_CLUSTER_OPTIONS, levels };
}
