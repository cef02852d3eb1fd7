// The reference site engine, for differential tests only: the simple way (core filters row by row, supercluster over
// aggregated points, a comparison sort for the list). The app runs IndexedSiteEngine; this checks it.
import type Supercluster from 'supercluster';
import { countryCount, facetCounts, filterRows } from './reference-filter';
import { nearAnswer, nearCandidates } from '../../../src/core/near-answer';
import {
  buildNearestIndex,
  distancesFrom,
  type NearbySite,
  type NearestIndex,
} from '../../../src/core/nearest';
import { sitesToCsv } from '../../../src/core/export/csv';
import { placesToName, type NamedPlace } from '../../../src/core/place-labels';
import { sitesToGeoJsonText } from '../../../src/core/export/geojson';
import type { Dataset } from '../../../src/core/schema';
import { buildSearchIndex, matchText, queryWords, type SearchIndex } from '../../../src/core/search';
import { siteTableFromDataset, type SiteTable } from '../../../src/core/site-table';
import { EMPTY_FILTERS, type Filters } from '../../../src/core/view-state';
import type {
  DatasetInfo,
  FilterSummary,
  MapMarker,
  MarkerView,
  NearbySiteSummary,
  NearestRequest,
  NearestResult,
  NearFilter,
  SiteDetail,
  SiteEngine,
  SiteSummary,
  TrialDetail,
  TrialInfo,
  TrialMatches,
} from '../../../src/app/data/site-engine';
import {
  CLUSTER_MAX_ZOOM,
  clusterIndex,
  listOrder,
  sitePoints,
  type ClusterProps,
  type PointProps,
  type SitePoints,
} from './reference-points';
import {
  datasetSummary,
  siteDetail,
  siteSummary,
  trialDetail,
  trialInfo,
  trialSiteCounts,
} from '../../../src/app/data/site-summaries';
import {
  TRIAL_OPTIONS,
  type CoverageSummary,
  type ReachSummary,
  type TrialOption,
} from '../../../src/app/data/site-engine';
import type { GazetteerFile } from '../../../src/core/gazetteer-format';
import type { TrialComparison } from '../../../src/core/coverage/compare';
import { ReferenceCoverage } from './reference-coverage';

class Loaded {
  readonly search: SearchIndex;
  readonly order: Uint32Array;
  /** Position of each row in `order`. */
  readonly rank: Uint32Array;
  readonly points: SitePoints;
  readonly idToRow: Map<string, number>;
  passes: Uint8Array;
  /** Filtered rows in list order. */
  list: Uint32Array;
  index: Supercluster<PointProps, ClusterProps> | null = null;
  /** Each site's km from the near-me location; null when none is set. */
  distances: Float64Array | null = null;
  private nearestIndex: NearestIndex | null = null;

  /** Built on the first near-me query, not at load. */
  get nearest(): NearestIndex {
    return (this.nearestIndex ??= buildNearestIndex(this.table));
  }

  constructor(readonly table: SiteTable) {
    this.search = buildSearchIndex(table);
    this.order = listOrder(table);
    this.rank = new Uint32Array(table.size);
    this.order.forEach((row, position) => (this.rank[row] = position));
    this.points = sitePoints(table, this.order);
    this.idToRow = new Map(table.ids.map((id, row) => [id, row]));
    this.passes = new Uint8Array(table.size).fill(1);
    this.list = this.order;
  }
}

export class ReferenceSiteEngine implements SiteEngine {
  private data: Loaded | null = null;
  private coverageStats: ReferenceCoverage | null = null;

  /** `places`: the place list the coverage statistics read (the app's engine fetches it). */
  constructor(private readonly places: GazetteerFile | null = null) {}
  private filters: Filters = EMPTY_FILTERS;
  /** The view of the last `clusters` call, whose markers each filter summary brings. */
  private lastView: MarkerView | null = null;
  private near: NearFilter | null = null;

  private get loaded(): Loaded {
    if (!this.data) throw new Error('No dataset loaded');
    return this.data;
  }

  private trialSites: Uint32Array = new Uint32Array(0);

  async loadProgress(): Promise<null> {
    return null;
  }

  async load(dataset: Dataset): Promise<DatasetInfo> {
    const table = siteTableFromDataset(dataset);
    this.data = new Loaded(table);
    this.coverageStats = new ReferenceCoverage(table, this.places);
    this.trialSites = trialSiteCounts(table);
    const info = datasetSummary(dataset.name, table, this.trialSites, dataset.builtFrom);
    return { ...info, trials: this.trialOptions(this.trialSites, []) };
  }

  async loadNamed(): Promise<DatasetInfo> {
    throw new Error('The reference engine reads only the datasets it is given');
  }

  async findTrials(query: string, limit: number, keep: readonly string[]): Promise<TrialMatches> {
    if (!this.data) return { trials: [], matching: 0 };
    const { search } = this.data;
    const words = queryWords(query).map((word) => ` ${word}`);
    const all = this.allTrials();
    const matches = all.filter((_, i) => words.every((word) => search.trials[i]!.includes(word)));
    const shown =
      matches.length <= limit
        ? matches
        : matches
            .map((trial) => ({ trial, i: all.indexOf(trial) }))
            .sort((a, b) => b.trial.siteCount - a.trial.siteCount || a.i - b.i)
            .slice(0, limit)
            .map(({ trial }) => trial);
    const kept = keep
      .filter((id) => !shown.some((trial) => trial.id === id))
      .flatMap((id) => all.filter((trial) => trial.id === id));
    return { trials: [...new Set(kept), ...shown], matching: matches.length };
  }

  private allTrials(): TrialInfo[] {
    const { table } = this.loaded;
    return table.trials.map((_, i) => trialInfo(table, this.trialSites, i));
  }

  async knownTrials(ids: readonly string[]): Promise<string[]> {
    const trials = this.data?.table.trials ?? [];
    return ids.flatMap((id) => {
      const trial =
        trials.find((candidate) => candidate.id === id) ??
        trials.find((candidate) => candidate.id.toLowerCase() === id.toLowerCase());
      return trial ? [trial.id] : [];
    });
  }

  /** All trials sorted by count (then dataset order): the first TRIAL_OPTIONS and the chosen, in dataset order. */
  private trialOptions(counts: Uint32Array, chosen: readonly string[]): TrialOption[] {
    const all = this.allTrials();
    const ranked = all.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || a - b);
    const offered = new Set(ranked.slice(0, TRIAL_OPTIONS));
    all.forEach((trial, i) => chosen.includes(trial.id) && offered.add(i));
    return [...offered].sort((a, b) => a - b).map((i) => ({ ...all[i]!, count: counts[i]! }));
  }

  async setFilters(filters: Filters, near?: NearFilter | null): Promise<FilterSummary> {
    const data = this.loaded;
    const { table, points } = data;
    this.filters = filters;
    if (near !== undefined) this.near = near;
    const text = matchText(table, data.search, filters.q);
    const facets = facetCounts(table, filters, text);
    let rows = filterRows(table, filters, text);
    near = this.near;
    const distances = near ? distancesFrom(data.nearest, near) : null;
    data.distances = distances;
    if (distances && near?.radiusKm != null) rows = rows.filter((row) => distances[row]! <= near.radiusKm!);
    data.passes = new Uint8Array(table.size);
    for (const row of rows) data.passes[row] = 1;
    // Near-me sorts by distance (sites without coordinates last), then as the list does.
    const key = (row: number) => (distances && !Number.isNaN(distances[row]!) ? distances[row]! : Infinity);
    data.list = rows.sort((a, b) => key(a) - key(b) || data.rank[a]! - data.rank[b]!);

    const clusters = clusterIndex(table, points, rows);
    data.index = clusters.index;
    const { bounds, unmapped } = clusters;

    return {
      count: rows.length,
      countryCount: countryCount(table, rows),
      total: table.size,
      facets: {
        countries: facets.countries,
        groups: facets.groups,
        phases: facets.phases,
        conditions: facets.conditions,
      },
      trials: this.trialOptions(facets.trials, filters.trials),
      emptyReason: facets.emptyReason,
      relaxed: facets.relaxed,
      bounds,
      unmapped,
      view: this.lastView && {
        ...this.lastView,
        markers: await this.clusters(this.lastView.bbox, this.lastView.zoom),
      },
    };
  }

  async clusters(bbox: [number, number, number, number], zoom: number): Promise<MapMarker[]> {
    this.lastView = { bbox, zoom };
    const data = this.loaded;
    if (!data.index) await this.setFilters(this.filters);
    return data.index!.getClusters(bbox, Math.round(zoom)).map((feature) => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        return {
          id: props.cluster_id,
          kind: 'cluster',
          lat,
          lon,
          count: props.n,
          groups: props.g,
          siteId: null,
          city: null,
        };
      }
      const point = (props as PointProps).p;
      const rows = this.pointRows(point);
      const only = props.n === 1 ? rows[0] : undefined;
      return {
        id: -1 - point,
        kind: 'point',
        // supercluster stores coordinates in float32: give back the exact ones.
        lat: data.points.lat[point]!,
        lon: data.points.lon[point]!,
        count: props.n,
        groups: props.g,
        siteId: only === undefined ? null : data.table.ids[only]!,
        city: rows[0] === undefined ? null : data.table.cities[data.table.city[rows[0]]!]!,
      };
    });
  }

  async expansionZoom(markerId: number): Promise<number> {
    const index = this.loaded.index;
    return markerId < 0 || !index ? CLUSTER_MAX_ZOOM + 1 : index.getClusterExpansionZoom(markerId);
  }

  async leaves(markerId: number, limit: number): Promise<SiteSummary[]> {
    const data = this.loaded;
    const pointIds =
      markerId < 0
        ? [-1 - markerId]
        : (data.index?.getLeaves(markerId, Infinity).map((leaf) => leaf.properties.p) ?? []);
    const rows = pointIds.flatMap((point) => this.pointRows(point));
    rows.sort((a, b) => data.rank[a]! - data.rank[b]!);
    return rows.slice(0, limit).map((row) => this.summary(row));
  }

  async rows(offset: number, limit: number): Promise<SiteSummary[]> {
    return Array.from(this.loaded.list.subarray(offset, offset + limit), (row) => this.summary(row));
  }

  async indexOf(siteId: string): Promise<number> {
    const data = this.loaded;
    const row = data.idToRow.get(siteId);
    if (row === undefined || !data.passes[row]) return -1;
    // The list is sorted by rank: binary search.
    if (data.distances) return data.list.indexOf(row); // sorted by distance, not rank
    const target = data.rank[row]!;
    let [low, high] = [0, data.list.length - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const rank = data.rank[data.list[mid]!]!;
      if (rank === target) return mid;
      if (rank < target) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  async site(siteId: string): Promise<SiteDetail | null> {
    const data = this.loaded;
    const row = data.idToRow.get(siteId);
    if (row === undefined) return null;
    return { ...siteDetail(data.table, row), ...this.distance(row) };
  }

  async trial(trialId: string): Promise<TrialDetail | null> {
    return trialDetail(this.loaded.table, trialId);
  }

  async exportSites(format: 'csv' | 'geojson'): Promise<string> {
    const { table, list } = this.loaded;
    return format === 'csv' ? sitesToCsv(table, list) : sitesToGeoJsonText(table, list);
  }

  async nearest(request: NearestRequest): Promise<NearestResult> {
    const data = this.loaded;
    const { table } = data;
    const candidates = nearCandidates(table, this.filters, request.crossBorders, (q) =>
      matchText(table, data.search, q),
    );
    const answer = nearAnswer(data.nearest, {
      from: request,
      radiusKm: request.radiusKm,
      candidates,
      limit: request.limit,
    });
    const nearby = (site: NearbySite): NearbySiteSummary => ({
      ...this.summary(site.row),
      distanceKm: site.distanceKm,
    });
    return {
      enrolling: answer.enrolling.map(nearby),
      others: answer.others.map(nearby),
      enrollingBeyond: answer.enrollingBeyond && nearby(answer.enrollingBeyond),
      nearestBeyond: answer.nearestBeyond && nearby(answer.nearestBeyond),
      notYetWithin: answer.notYetWithin,
    };
  }

  async coverage(filters: Filters): Promise<CoverageSummary> {
    return this.statistics.coverage(filters);
  }

  async reach(filters: Filters, radiusKm: number): Promise<ReachSummary> {
    return this.statistics.reach(filters, radiusKm);
  }

  async compareTrials(trialA: string, trialB: string): Promise<TrialComparison> {
    return this.statistics.compareTrials(trialA, trialB);
  }

  async placesToName(
    bbox: [number, number, number, number],
    zoom: number,
    limit: number,
  ): Promise<NamedPlace[]> {
    if (!this.places) throw new Error('The reference engine was given no place list');
    return placesToName(this.places, bbox, zoom, limit);
  }

  private get statistics(): ReferenceCoverage {
    if (!this.coverageStats) throw new Error('No dataset loaded');
    return this.coverageStats;
  }

  /** Filtered rows at a point, in list order. */
  private pointRows(point: number): number[] {
    const { points, passes } = this.loaded;
    const rows: number[] = [];
    for (let i = points.start[point]!; i < points.start[point + 1]!; i++) {
      const row = points.rows[i]!;
      if (passes[row]) rows.push(row);
    }
    return rows;
  }

  private summary(row: number): SiteSummary {
    return { ...siteSummary(this.loaded.table, row), ...this.distance(row) };
  }

  /** The site's distance from the near-me location, when one is set. */
  private distance(row: number): { distanceKm?: number } {
    const km = this.loaded.distances?.[row];
    return km === undefined || Number.isNaN(km) ? {} : { distanceKm: km };
  }
}
