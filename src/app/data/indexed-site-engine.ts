// SiteEngine for big datasets (run inside the site worker): the cluster hierarchy is built once (or read from
// sites.bin), so a filter change costs a few linear passes over typed arrays and no re-clustering.
import { clusterOf, ClusterView, mapMarker, type PointSites } from '../../core/cluster-view';
import { distinctPoints } from '../../core/distinct-points';
import {
  CompactFormatError,
  decodeCompact,
  decodeSiteText,
  siteIdAt,
  type CompactSites,
} from '../../core/compact/decode';
import { sitesToCsv } from '../../core/export/csv';
import { sitesToGeoJsonText } from '../../core/export/geojson';
import { nearAnswer, nearCandidates } from '../../core/near-answer';
import { distancesFrom, nearestIndexOfPoints, type NearbySite, type NearestIndex } from '../../core/nearest';
import { clusterPoints, DEFAULT_CLUSTER_OPTIONS } from '../../core/point-clusters';
import type { BuiltFrom, Dataset } from '../../core/schema';
import { buildSearchIndex, matchText, trialSearchTexts, type SearchIndex } from '../../core/search';
import { siteTableFromDataset, type SiteTable } from '../../core/site-table';
import { STATUS_GROUPS } from '../../core/status';
import { EMPTY_FILTERS, type Filters } from '../../core/view-state';
import { filterScratch, filterWithFacets, type FilterScratch } from '../../core/filter';
import { fetchSites, fetchSiteText } from './fetch-sites';
import { compareTrials, type TrialComparison } from '../../core/coverage/compare';
import type { GazetteerFile } from '../../core/gazetteer-format';
import { placesToName, type NamedPlace } from '../../core/place-labels';
import { coverageSelection, coverageSummary, reachSummary, type CoverageSelection } from './engine-coverage';
import { fetchGazetteer } from './load-gazetteer';
import { DatasetLoadError } from './load-dataset';
import { fastListOrder, nameCodes } from './list-order';
import {
  datasetSummary,
  knownTrialIds,
  siteDetail,
  siteSummary,
  trialDetail,
  trialMatches,
  trialOptions,
  trialSiteCounts,
} from './site-summaries';
import type {
  CoverageSummary,
  ReachSummary,
  DatasetInfo,
  FilterSummary,
  MapMarker,
  MarkerView,
  NearbySiteSummary,
  NearestRequest,
  NearestResult,
  NearFilter,
  Progress,
  SiteDetail,
  SiteEngine,
  SiteSummary,
  TrialDetail,
  TrialMatches,
} from './site-engine';
import { NO_INDEX } from '../../core/typed-index';

const GROUPS = STATUS_GROUPS.length;

/** How long after the list's order is made the near-me index is built, unless asked for before. */
const NEAREST_INDEX_DELAY_MS = 1000;

class Indexed implements PointSites {
  /** Each site's km from the near-me location; null when none is set. */
  distances: Float64Array | null = null;
  readonly view: ClusterView;
  /** Rows of point p are pointRows[pointStart[p]] …, in row order (built in one pass, no sort). */
  readonly pointStart: Uint32Array;
  readonly pointRows: Uint32Array;
  passes: Uint8Array;
  /** Reused by every filter change: the passing rows, and their counts per point and status group. */
  readonly passBuffer: Uint8Array;
  readonly pointGroups: Uint32Array;
  /** The pass's own working counts (per trial: megabytes in a registry), zeroed at each change. */
  readonly filterScratch: FilterScratch;
  /** The filtered list in list order; derived on first use, so the first map paint does not wait for it. */
  private sorted: Uint32Array | null = null;
  private listBuffer: Uint32Array | null = null;
  /** How far the list's order has been scanned since the last change, and the passing rows found so far. */
  private readonly listScan = { scanned: 0, found: 0 };
  private sortOrder: { order: Uint32Array; rank: Uint32Array } | null = null;
  private searchIndex: SearchIndex | null = null;
  private trialSearchTexts: string[] | null = null;
  private nearestIndex: NearestIndex | null = null;
  private ids: Map<string, number> | null = null;
  /** The reader's language: the list sorts by its country names and collation. */
  private language = 'en';

  constructor(
    readonly name: string,
    readonly table: SiteTable,
    readonly pointLat: Float64Array,
    readonly pointLon: Float64Array,
    /** The point of each row, NO_INDEX without coordinates. */
    readonly pointOf: Uint32Array,
    /** The cluster hierarchy over the points (point-clusters.ts clusterPoints). */
    ancestors: Uint32Array[],
    private readonly idSequence: CompactSites['idSequence'] = null,
    private readonly dictionaryCodes: CompactSites['dictionaryCodes'] = {},
    private readonly cityRank: Uint32Array | null = null,
  ) {
    const points = pointLat.length;
    const weight = new Uint32Array(points);
    for (const point of pointOf) if (point !== NO_INDEX) weight[point]!++;
    const hierarchy = {
      options: DEFAULT_CLUSTER_OPTIONS,
      ancestors,
    };
    this.view = new ClusterView(hierarchy, pointLon, pointLat, weight, GROUPS);
    this.pointStart = new Uint32Array(points + 1);
    for (let p = 0; p < points; p++) this.pointStart[p + 1] = this.pointStart[p]! + weight[p]!;
    const next = this.pointStart.slice(0, points);
    this.pointRows = new Uint32Array(this.pointStart[points]!);
    for (let row = 0; row < table.size; row++) {
      const point = pointOf[row]!;
      if (point !== NO_INDEX) this.pointRows[next[point]!++] = row;
    }
    this.passes = new Uint8Array(table.size).fill(1);
    this.passBuffer = new Uint8Array(table.size);
    this.pointGroups = new Uint32Array(points * GROUPS);
    this.filterScratch = filterScratch(table);
  }

  /** Sorts the list for a reader of `language` from now on (the order is derived again on next use). */
  setLanguage(language: string): void {
    if (language === this.language) return;
    this.language = language;
    this.sortOrder = null;
    this.setFiltered(this.passes, null);
  }

  /** Rows in list order (country, city, name) and each row's position in it. */
  get order(): Uint32Array {
    return this.sorting.order;
  }

  get rank(): Uint32Array {
    return this.sorting.rank;
  }

  private get sorting() {
    if (!this.sortOrder) {
      const { facility, siteNumber } = this.dictionaryCodes;
      const names = facility && siteNumber ? nameCodes(this.table.size, facility, siteNumber) : undefined;
      const order = fastListOrder(this.table, names, this.cityRank, this.language);
      const rank = new Uint32Array(order.length);
      for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
      this.sortOrder = { order, rank };
      // The list's order is the last of what the page waits for after load. The near-me index (about 40 ms at
      // 1M) follows once the page has settled, not beside its first frames on a device of two cores, so the
      // person's first near-me answer does not wait for it and its garbage is not collected amid their queries.
      if (!this.nearestIndex) setTimeout(() => this.buildNearestAhead(), NEAREST_INDEX_DELAY_MS);
    }
    return this.sortOrder;
  }

  /** The near-me index, built ahead; should that fail, the first near-me question builds it and hears why. */
  private buildNearestAhead(): void {
    try {
      void this.nearest;
    } catch {
      // Nothing is kept: the question builds the index again.
    }
  }

  /** Filtered rows in list order. */
  get list(): Uint32Array {
    return this.sorted ?? this.listHead(Infinity);
  }

  /**
   * The list's first `end` rows (all of them when fewer pass). The list's order is scanned only as far as they
   * need: the list's first page after a change does not wait for a pass over a million sites.
   */
  listHead(end: number): Uint32Array {
    if (this.sorted) return this.sorted.subarray(0, end);
    // Filtering the precomputed order keeps it sorted: no sort per filter change.
    const { order, listScan } = this;
    // The same buffer after every filter change: the list is a view of its first rows.
    const list = (this.listBuffer ??= new Uint32Array(order.length));
    scanList(order, this.passes, list, listScan, end);
    if (listScan.scanned === order.length) this.sorted = list.subarray(0, listScan.found);
    return list.subarray(0, Math.min(listScan.found, end));
  }

  setFiltered(passes: Uint8Array, sorted: Uint32Array | null): void {
    this.passes = passes;
    this.sorted = sorted;
    this.listScan.scanned = this.listScan.found = 0;
  }

  get search(): SearchIndex {
    return (this.searchIndex ??= buildSearchIndex(this.table, this.trialSearchTexts ?? undefined));
  }

  /** The trials' search texts, made on first use (a search for trials, or for sites). */
  get trialTexts(): readonly string[] {
    return (this.trialSearchTexts ??= this.searchIndex?.trials ?? trialSearchTexts(this.table));
  }

  get nearest(): NearestIndex {
    // The engine's own points and their rows: no second grouping of a million sites by coordinates.
    this.nearestIndex ??= nearestIndexOfPoints(this.table, {
      pointLat: this.pointLat,
      pointLon: this.pointLon,
      pointStart: this.pointStart,
      pointRows: this.pointRows,
      rowPoint: this.pointOf,
    });
    return this.nearestIndex;
  }

  /** A site's id without making a million id strings when ids follow a numbered pattern. */
  idAt(row: number): string {
    return siteIdAt(this.table, this.idSequence, row);
  }

  /** Filtered rows at a point, in row order, at most `limit`. */
  rowsAt(point: number, limit: number): number[] {
    const { pointStart, pointRows, passes } = this;
    const rows: number[] = [];
    for (let i = pointStart[point]!; i < pointStart[point + 1]! && rows.length < limit; i++) {
      if (passes[pointRows[i]!]) rows.push(pointRows[i]!);
    }
    return rows;
  }

  firstRow(point: number): number | undefined {
    return this.rowsAt(point, 1)[0];
  }

  cityAt(row: number): string {
    return this.table.cities[this.table.city[row]!]!;
  }

  rowOf(siteId: string): number | undefined {
    const sequence = this.idSequence;
    if (sequence) {
      const row = Number(siteId.slice(sequence.prefix.length)) - sequence.start;
      return Number.isInteger(row) && row >= 0 && row < this.table.size && this.idAt(row) === siteId ? row : undefined;
    }
    this.ids ??= new Map(this.table.ids.map((id, row) => [id, row]));
    return this.ids.get(siteId);
  }
}

/**
 * Appends to `list` the passing rows of `order` from where the last scan stopped, until it holds `end` rows or
 * the order ends. The loop is a function of its own (see core/filter.ts on loops and the code after them).
 */
function scanList(
  order: Uint32Array,
  passes: Uint8Array,
  list: Uint32Array,
  scan: { scanned: number; found: number },
  end: number,
): void {
  let { scanned: i, found: n } = scan;
  for (; i < order.length && n < end; i++) if (passes[order[i]!]) list[n++] = order[i]!;
  scan.scanned = i;
  scan.found = n;
}

/** The box around the points with a count (west, south, east, north); null when none has. */
function countedBounds(
  totals: Uint32Array,
  pointLat: Float64Array,
  pointLon: Float64Array,
): [number, number, number, number] | null {
  // A loop alone in its function: see core/filter.ts on loops and the code after them.
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let p = 0; p < totals.length; p++) {
    if (totals[p] === 0) continue;
    const lat = pointLat[p]!;
    const lon = pointLon[p]!;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return west <= east ? [west, south, east, north] : null;
}

export class IndexedSiteEngine implements SiteEngine {
  private data: Indexed | null = null;
  /** Sites per trial of the loaded dataset (each slice of trials carries its counts). */
  private trialSites: Uint32Array = new Uint32Array(0);
  private filters: Filters = EMPTY_FILTERS;
  private near: NearFilter | null = null;
  private placeList: Promise<GazetteerFile> | null = null;
  private lastCoverage: { data: Indexed; key: string; selection: CoverageSelection } | null = null;
  private download: Progress | null = null;
  /** The view of the last `clusters` call, whose markers each filter summary brings. */
  private lastView: MarkerView | null = null;
  /** The last filter change asked for, which the next one waits for (setFilters). */
  private filtersTurn: Promise<unknown> = Promise.resolve();
  /** The sites' text still to fetch for the loaded sites.bin (named()). */
  private textToCome: {
    sites: CompactSites;
    fetch: () => Promise<{ bytes: Uint8Array; url: string }>;
    download: Promise<{ bytes: Uint8Array; url: string }> | null;
    loading: Promise<void> | null;
  } | null = null;

  private get loaded(): Indexed {
    if (!this.data) throw new Error('No dataset loaded');
    return this.data;
  }

  /** Fetches the named dataset itself (sites.bin when published and not empty, else dataset.json). */
  async loadNamed(name: string): Promise<DatasetInfo> {
    this.download = null;
    const fetched = await fetchSites(name, (progress) => (this.download = progress));
    if ('dataset' in fetched) return this.load(fetched.dataset);
    const summary = await fileError(fetched.url, () =>
      this.loadCompact(fetched.bytes, () => fetchSiteText(name)),
    );
    // The map and the filters work now. The sites' text downloads at once, so the list need not wait for it
    // and the page works offline once loaded; it is read on the first question that needs it (and a failed
    // download is told to that question).
    this.textDownload()?.catch(() => {});
    return summary;
  }

  /** How far the download of loadNamed has come; null before its first byte or when it loads no sites.bin. */
  async loadProgress(): Promise<Progress | null> {
    return this.download;
  }

  async load(dataset: Dataset): Promise<DatasetInfo> {
    const table = siteTableFromDataset(dataset);
    // Clustered here as the pipeline clusters for sites.bin: the same markers, ids and all, from either file.
    const { lat, lon, ofRow, ancestors } = clusterPoints(distinctPoints(table));
    const indexed = new Indexed(dataset.name, table, lat, lon, ofRow, ancestors);
    return this.open(indexed, dataset.builtFrom ?? null);
  }

  /**
   * Loads the compact file (sites.bin), using the cluster hierarchy the pipeline stored in it. The sites' text
   * (site-text.bin) is fetched by `text` when first asked for: the list, the details, a search, near-me.
   */
  async loadCompact(
    bytes: Uint8Array,
    text: Uint8Array | (() => Promise<{ bytes: Uint8Array; url: string }>),
  ): Promise<DatasetInfo> {
    const sites = decodeCompact(bytes);
    const { name, table, points, clusters, idSequence, dictionaryCodes, cityRank, builtFrom } = sites;
    if (text instanceof Uint8Array) decodeSiteText(text, sites);
    const pointOf = points.ofSite;
    for (let row = 0; row < table.size; row++) if (Number.isNaN(points.lat[pointOf[row]!]!)) pointOf[row] = NO_INDEX;
    return this.open(
      new Indexed(
        name,
        table,
        points.lat,
        points.lon,
        pointOf,
        clusters.ancestors,
        idSequence,
        dictionaryCodes,
        cityRank,
      ),
      builtFrom,
      text instanceof Uint8Array ? null : { sites, fetch: text, download: null, loading: null },
    );
  }

  /**
   * The loaded sites with their text: site-text.bin is fetched and read on the first question that shows names
   * or details (again after a failure, so Retry works).
   */
  private async named(): Promise<Indexed> {
    const data = this.loaded;
    const pending = this.textToCome;
    const download = this.textDownload();
    if (pending && download) {
      pending.loading ??= download
        .then(({ bytes, url }) => fileError(url, async () => decodeSiteText(bytes, pending.sites)))
        .then(() => {
          if (this.textToCome === pending) this.textToCome = null;
        })
        .catch((error: unknown) => {
          pending.loading = null;
          pending.download = null;
          throw error;
        });
      await pending.loading;
    }
    return data;
  }

  /** The download of the loaded sites' text, started once (again after a failure); null when it is in. */
  private textDownload(): Promise<{ bytes: Uint8Array; url: string }> | null {
    const pending = this.textToCome;
    if (!pending) return null;
    pending.download ??= pending.fetch().catch((error: unknown) => {
      pending.download = null;
      throw error;
    });
    return pending.download;
  }

  private open(
    data: Indexed,
    builtFrom: BuiltFrom | null,
    text: IndexedSiteEngine['textToCome'] = null,
  ): DatasetInfo {
    this.data = data;
    this.textToCome = text;
    this.filters = EMPTY_FILTERS;
    this.near = null;
    this.trialSites = trialSiteCounts(data.table);
    return datasetSummary(data.name, data.table, this.trialSites, builtFrom);
  }

  async findTrials(query: string, limit: number, keep: readonly string[]): Promise<TrialMatches> {
    const { data } = this;
    if (!data) return { trials: [], matching: 0 };
    return trialMatches(data.table, this.trialSites, () => data.trialTexts, query, limit, keep);
  }

  async knownTrials(ids: readonly string[]): Promise<string[]> {
    return this.data ? knownTrialIds(this.data.table, ids) : [];
  }

  async setFilters(filters: Filters, near?: NearFilter | null, language?: string): Promise<FilterSummary> {
    // In the order asked: one that waits for the sites' text must not land after a later one.
    const turn = this.filtersTurn.then(() => this.applyFilters(filters, near, language));
    this.filtersTurn = turn.catch(() => {});
    return turn;
  }

  private async applyFilters(
    filters: Filters,
    near: NearFilter | null | undefined,
    language: string | undefined,
  ): Promise<FilterSummary> {
    // A search reads the names; near-me sorts as the list does, by name among the rest.
    const nearAfter = near === undefined ? this.near : near;
    const data = filters.q.trim() || nearAfter ? await this.named() : this.loaded;
    if (language !== undefined) data.setLanguage(language);
    const { table, pointOf, pointLat, pointLon } = data;
    this.filters = filters;
    if (near !== undefined) this.near = near;
    const text = this.text(filters.q);
    const distances = this.near ? distancesFrom(data.nearest, this.near) : null;
    data.distances = distances;
    const radiusKm = this.near?.radiusKm ?? null;
    // One pass over the table: facets, the passing rows (written into the same buffer each time) and their
    // counts per point and status group.
    const pointGroups = data.pointGroups.fill(0);
    const { facets, passes, count, countryCount, unmapped } = filterWithFacets(table, filters, text, {
      into: data.passBuffer,
      scratch: data.filterScratch,
      within: distances && radiusKm !== null ? { distances, radiusKm } : null,
      points: { pointOf, counts: pointGroups },
    });
    data.view.setPointCounts(pointGroups);
    const bounds = countedBounds(data.view.totals, pointLat, pointLon);
    // Near-me sorts by distance (sites without coordinates last), then as the list does.
    let sorted: Uint32Array | null = null;
    if (distances) {
      const key = (row: number) => (Number.isNaN(distances[row]!) ? Infinity : distances[row]!);
      sorted = new Uint32Array(count);
      for (let row = 0, n = 0; row < table.size; row++) if (passes[row]) sorted[n++] = row;
      sorted.sort((a, b) => key(a) - key(b) || data.rank[a]! - data.rank[b]!);
    }
    data.setFiltered(passes, sorted);
    return {
      count,
      countryCount,
      total: table.size,
      facets: {
        countries: facets.countries,
        groups: facets.groups,
        phases: facets.phases,
        conditions: facets.conditions,
      },
      trials: trialOptions(table, this.trialSites, facets.trials, filters.trials),
      emptyReason: facets.emptyReason,
      relaxed: facets.relaxed,
      bounds,
      unmapped,
      view: this.lastView && { ...this.lastView, markers: this.markersIn(data, this.lastView) },
    };
  }

  async clusters(bbox: [number, number, number, number], zoom: number): Promise<MapMarker[]> {
    this.lastView = { bbox, zoom };
    return this.markersIn(this.loaded, this.lastView);
  }

  private markersIn(data: Indexed, { bbox, zoom }: MarkerView) {
    return data.view.markers(bbox, Math.round(zoom)).map((marker) => mapMarker(marker, data));
  }

  async expansionZoom(markerId: number): Promise<number> {
    const view = this.loaded.view;
    if (markerId < 0) return view.maxZoom + 1;
    const { zoom, node } = clusterOf(markerId);
    return view.expansionZoom(zoom, node);
  }

  async leaves(markerId: number, limit: number): Promise<SiteSummary[]> {
    const data = await this.named();
    if (markerId < 0) {
      const rows = data.rowsAt(-1 - markerId, Infinity).sort((a, b) => data.rank[a]! - data.rank[b]!);
      return rows.slice(0, limit).map((row) => this.summary(row));
    }
    const { zoom, node } = clusterOf(markerId);
    const ancestor = data.view.ancestorsAt(zoom);
    const rows: number[] = [];
    // The filtered list is in list order already: the first `limit` rows under the node are the answer.
    for (let i = 0; i < data.list.length && rows.length < limit; i++) {
      const row = data.list[i]!;
      const point = data.pointOf[row]!;
      if (point !== NO_INDEX && ancestor[point] === node) rows.push(row);
    }
    return rows.map((row) => this.summary(row));
  }

  async rows(offset: number, limit: number): Promise<SiteSummary[]> {
    const data = await this.named();
    return Array.from(data.listHead(offset + limit).subarray(offset), (row) => this.summary(row));
  }

  async indexOf(siteId: string): Promise<number> {
    const data = await this.named();
    const row = data.rowOf(siteId);
    return row === undefined || !data.passes[row] ? -1 : data.list.indexOf(row);
  }

  async site(siteId: string): Promise<SiteDetail | null> {
    const data = await this.named();
    const row = data.rowOf(siteId);
    return row === undefined ? null : { ...siteDetail(data.table, row, data.idAt(row)), ...this.summary(row) };
  }

  async trial(trialId: string): Promise<TrialDetail | null> {
    return trialDetail(this.loaded.table, trialId);
  }

  async exportSites(format: 'csv' | 'geojson'): Promise<string> {
    const { table, list } = await this.named();
    return format === 'csv' ? sitesToCsv(table, list) : sitesToGeoJsonText(table, list);
  }

  async nearest(request: NearestRequest): Promise<NearestResult> {
    const data = await this.named();
    const { table } = data;
    // As LocalSiteEngine: the card classifies by status itself, and crosses borders unless asked not to.
    const candidates = nearCandidates(table, this.filters, request.crossBorders, (q) => this.text(q));
    const answer = nearAnswer(data.nearest, { from: request, radiusKm: request.radiusKm, candidates, limit: request.limit });
    const nearby = (site: NearbySite): NearbySiteSummary => ({ ...this.summary(site.row), distanceKm: site.distanceKm });
    return {
      enrolling: answer.enrolling.map(nearby),
      others: answer.others.map(nearby),
      enrollingBeyond: answer.enrollingBeyond && nearby(answer.enrollingBeyond),
      nearestBeyond: answer.nearestBeyond && nearby(answer.nearestBeyond),
      notYetWithin: answer.notYetWithin,
    };
  }

  async coverage(filters: Filters): Promise<CoverageSummary> {
    // The report asks for the reach next: its place list downloads meanwhile.
    this.places().catch(() => {}); // a failure is reported to reach(), which fetches again
    if (filters.q.trim()) await this.named();
    return coverageSummary(this.loaded.table, this.coverageOf(filters));
  }

  async reach(filters: Filters, radiusKm: number): Promise<ReachSummary> {
    const places = await this.places();
    if (filters.q.trim()) await this.named();
    return reachSummary(this.loaded.table, this.coverageOf(filters), places, radiusKm);
  }

  async compareTrials(trialA: string, trialB: string): Promise<TrialComparison> {
    return compareTrials(this.loaded.table, trialA, trialB);
  }

  async placesToName(
    bbox: [number, number, number, number],
    zoom: number,
    limit: number,
  ): Promise<NamedPlace[]> {
    return placesToName(await this.places(), bbox, zoom, limit);
  }

  /**
   * The place list, fetched on the first reach or town names asked for (again after a failure, so Retry
   * works).
   */
  private places(): Promise<GazetteerFile> {
    this.placeList ??= fetchGazetteer().catch((error: unknown) => {
      this.placeList = null;
      throw error;
    });
    return this.placeList;
  }

  /** The coverage view's filtered sites; kept for the last filters, so its table, map and reach share one pass. */
  private coverageOf(filters: Filters): CoverageSelection {
    const data = this.loaded;
    const key = JSON.stringify(filters);
    if (this.lastCoverage?.data !== data || this.lastCoverage.key !== key) {
      const { passes } = filterWithFacets(data.table, filters, this.text(filters.q));
      const selection = coverageSelection(data.pointLat, data.pointLon, data.pointOf, passes);
      this.lastCoverage = { data, key, selection };
    }
    return this.lastCoverage.selection;
  }

  private text(q: string): Uint8Array | null {
    return q.trim() ? matchText(this.loaded.table, this.loaded.search, q) : null;
  }

  private summary(row: number): SiteSummary {
    const distance = this.loaded.distances?.[row];
    const summary = siteSummary(this.loaded.table, row, this.loaded.idAt(row));
    return distance === undefined || Number.isNaN(distance) ? summary : { ...summary, distanceKm: distance };
  }
}

/** What `read` returns, or its failure as a DatasetLoadError naming the file (a damaged one is 'malformed'). */
async function fileError<T>(url: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    const kind = error instanceof CompactFormatError ? error.kind : 'malformed';
    throw new DatasetLoadError(kind, `${url}: ${(error as Error).message}`);
  }
}
