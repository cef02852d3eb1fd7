// The one door to site computations (filtering, facets, clustering, list pages, details). Everything crosses it
// as plain, structured-cloneable data, so the engine can run in this thread or in a Web Worker.
import type { FacetCounts } from '../../core/filter';
import type { BuiltFrom, Contact, Dataset, Phase, Trial, TrialStatus } from '../../core/schema';
import type { StatusGroup } from '../../core/status';
import type { Filters } from '../../core/view-state';
import type { MapMarker } from '../../core/cluster-view';

export type { MapMarker };
import type { CoverageByCountry } from '../../core/coverage/by-country';
import type { TrialComparison } from '../../core/coverage/compare';
import type { CoverageGap, PopulationReach } from '../../core/coverage/reach';
import type { NamedPlace } from '../../core/place-labels';
import type { EligibilityFields } from '../../core/eligibility';

export interface TrialInfo {
  id: string;
  nctId: string | null;
  title: string;
  overallStatus: TrialStatus;
  phases: Phase[];
  sitesListed: boolean;
  /** All sites of the trial in the dataset, mapped or not. */
  siteCount: number;
  /** Who can join (core/eligibility.ts). */
  minimumAge: string | null;
  maximumAge: string | null;
  sex: Trial['sex'];
  healthyVolunteers: boolean | null;
}

/** The engine's answer to a search for trials (SiteEngine.findTrials). */
export interface TrialMatches {
  trials: TrialInfo[];
  /** How many trials match the query in all (the dataset's trials when it has no words). */
  matching: number;
}

/** A trial the Trial filter may draw, with its sites that pass the other filters. */
export interface TrialOption extends TrialInfo {
  count: number;
}

/**
 * The most trials a filter summary offers: a registry's 100,000 stay with the engine, and the Trial filter draws
 * those with the most sites (and the chosen ones).
 */
export const TRIAL_OPTIONS = 100;

export interface DatasetInfo {
  name: string;
  siteCount: number;
  /** ISO alpha-2 codes of the countries with sites, in the order facet counts use. */
  countries: string[];
  /** Trials in the dataset; each is read from the engine when asked for (a registry has 100,000). */
  trialCount: number;
  /**
   * The Trial filter's options before any filter (FilterSummary.trials with each trial's count all its sites),
   * drawn until the first summary comes: the options it brings are the same when no filter is set.
   */
  trials: TrialOption[];
  /** The phases the dataset's trials have, in PHASES order. */
  phases: Phase[];
  /** The Condition filter's options (folded keys and labels), in the order facet counts use. */
  conditions: { keys: string[]; labels: string[] };
  /** When the data was built and from what (the registry query, or the files' newest update); see core/freshness. */
  builtFrom: BuiltFrom | null;
}

export interface FilterSummary {
  /** Sites passing every filter. */
  count: number;
  /** Distinct countries among them. */
  countryCount: number;
  /** Sites in the dataset. */
  total: number;
  /**
   * Faceted counts aligned with DatasetInfo.countries, STATUS_GROUPS, PHASES and the conditions: typed arrays,
   * which cross from the worker as one copy of their bytes. The trials' are in `trials`.
   */
  facets: Omit<FacetCounts, 'total' | 'emptyReason' | 'relaxed' | 'trials'>;
  /**
   * The Trial filter's options, in dataset order, with their faceted counts: every trial when there are at most
   * TRIAL_OPTIONS, else the TRIAL_OPTIONS with the most sites and the chosen ones.
   */
  trials: TrialOption[];
  emptyReason: FacetCounts['emptyReason'];
  /** Per active filter, the sites removing it alone would show. */
  relaxed: FacetCounts['relaxed'];
  /** [west, south, east, north] of the filtered sites that have coordinates; null when none has. */
  bounds: [number, number, number, number] | null;
  /** Filtered sites without coordinates (listed, not on the map). */
  unmapped: number;
  /**
   * The markers of the view last asked for (`clusters`), for this result: a map whose view stays draws them at
   * once instead of asking again. Null before the first view was asked for.
   */
  view: ViewMarkers | null;
}

/** A view of the map, as `clusters` is asked for its markers. */
export interface MarkerView {
  bbox: [number, number, number, number];
  zoom: number;
}

/** The markers `clusters(bbox, zoom)` answers. */
export interface ViewMarkers extends MarkerView {
  markers: MapMarker[];
}

export interface SiteSummary {
  id: string;
  /** Facility, or "Site 1106 (name not published)" when the source gives only a number. */
  name: string;
  /** Set when the source names the site only by its number (or not at all): the page words the name. */
  unnamed?: { siteNumber: string | null };
  city: string;
  country: string;
  status: TrialStatus;
  group: StatusGroup;
  /** True when the status is the trial's overall status, not one given for the site. */
  inherited: boolean;
  trialId: string;
  /** Who can join the site's trial. */
  eligibility: EligibilityFields;
  /** When ClinicalTrials.gov last verified the trial's status (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
  statusVerifiedDate: string | null;
  lat: number | null;
  lon: number | null;
  /** Great-circle km from the near-me location, when one is set and the site has coordinates. */
  distanceKm?: number;
}

/** A near-me location: sites get their distance from it, the list sorts by it, and the radius narrows it. */
export interface NearFilter {
  lat: number;
  lon: number;
  /** null for any distance. */
  radiusKm: number | null;
}

export interface NearestRequest extends NearFilter {
  /** True (the default in the app) to look past the country filter: the nearest site may be abroad. */
  crossBorders: boolean;
  limit: number;
}

export type NearbySiteSummary = SiteSummary & { distanceKm: number };

/** The near-me answer card (see core/near-answer.ts). */
export interface NearestResult {
  enrolling: NearbySiteSummary[];
  others: NearbySiteSummary[];
  enrollingBeyond: NearbySiteSummary | null;
  nearestBeyond: NearbySiteSummary | null;
  notYetWithin: number;
}

export interface SiteDetail extends SiteSummary {
  facility: string | null;
  siteNumber: string | null;
  state: string | null;
  zip: string | null;
  /** The site's own contacts, as the source lists them. */
  contacts: Contact[];
  geocodeMethod: 'source' | 'gazetteer' | 'override' | 'unresolved';
  trial: Trial;
}

export interface TrialDetail {
  trial: Trial;
  siteCount: number;
  /** Sites with coordinates, i.e. drawn on the map. */
  mappedCount: number;
  countryCount: number;
}

/** The coverage view's country table and map points for some filters (the near-me radius plays no part). */
export interface CoverageSummary {
  /** Country names in English; the view names them in the language shown. */
  byCountry: CoverageByCountry;
  /** The distinct points of the filtered sites that have coordinates: the centres of the coverage rings. */
  points: { lat: Float64Array; lon: Float64Array };
}

/** A gap city, with the place of the nearest filtered site instead of its row. */
export type CoverageGapSummary = Omit<CoverageGap, 'nearestRow'> & {
  /** City and ISO alpha-2 country of the nearest filtered site; null when no filtered site has coordinates. */
  nearest: { city: string; country: string } | null;
};

/** Population within reach and the gaps of some filters at a radius, from the place list. */
export interface ReachSummary {
  reach: PopulationReach;
  gaps: CoverageGapSummary[];
  /** The smallest population a gap city has. */
  minPopulation: number;
  /** The place list's credit line (GeoNames, CC BY 4.0). */
  attribution: string;
}

/** Bytes of the dataset received so far, and of the whole file when the server says (null when it does not). */
export interface Progress {
  received: number;
  total: number | null;
}

/** The engine's methods, the same in a worker (behind engine-proxy's wrap) and in this thread. */
export interface SiteEngine {
  load(dataset: Dataset): Promise<DatasetInfo>;
  /** Fetches and loads a published dataset by name itself (sites.bin when published, else dataset.json). */
  loadNamed(name: string): Promise<DatasetInfo>;
  /** How far loadNamed's download has come (asked while it runs); null before it starts or without sites.bin. */
  loadProgress(): Promise<Progress | null>;
  /**
   * Trials to pick from (a registry has 100,000): those whose title, NCT ID or study IDs hold every word of
   * `query` at the start of a word (every trial when it has none), at most `limit`, and before them the trials
   * of the dataset's ids `keep` that are not among those. All of them in the dataset's order when they are no
   * more than `limit`, else those with the most sites, most first.
   */
  findTrials(query: string, limit: number, keep: readonly string[]): Promise<TrialMatches>;
  /** The dataset's ids of the trials `ids` name, in their order (an id names a trial whatever its case). */
  knownTrials(ids: readonly string[]): Promise<string[]>;
  /**
   * Filters the sites. With a near-me location (undefined keeps the current one, null clears it) every site
   * gets its distance, the list sorts by it and the radius narrows the sites. With a language (undefined keeps
   * the current one, English at first) the list sorts by the country names and collation of that language.
   */
  setFilters(filters: Filters, near?: NearFilter | null, language?: string): Promise<FilterSummary>;
  /** Markers for the current filters inside bbox [west, south, east, north] at an integer zoom. */
  clusters(bbox: [number, number, number, number], zoom: number): Promise<MapMarker[]>;
  /** The zoom at which a cluster splits. */
  expansionZoom(markerId: number): Promise<number>;
  /** Filtered sites under a marker, in list order, at most `limit`. */
  leaves(markerId: number, limit: number): Promise<SiteSummary[]>;
  /** A page of the filtered sites sorted by country, city and name in the reader's language (by distance when near-me is set). */
  rows(offset: number, limit: number): Promise<SiteSummary[]>;
  /** Position of a site in the filtered list, -1 when filtered out or unknown. */
  indexOf(siteId: string): Promise<number>;
  site(siteId: string): Promise<SiteDetail | null>;
  trial(trialId: string): Promise<TrialDetail | null>;
  /** The nearest enrolling sites (or, failing those, of any status) to a point, for the answer card. */
  nearest(request: NearestRequest): Promise<NearestResult>;
  /** The filtered sites, in list order, as the text of a CSV or GeoJSON file (core/export/). */
  exportSites(format: 'csv' | 'geojson'): Promise<string>;
  /** The coverage report's table and the choropleth's and rings' inputs for these filters. */
  coverage(filters: Filters): Promise<CoverageSummary>;
  /** Population within radiusKm of the filtered sites, and the large cities beyond it (the place list, loaded once). */
  reach(filters: Filters, radiusKm: number): Promise<ReachSummary>;
  /** All listed sites of two trials by country, whatever the filters. */
  compareTrials(trialA: string, trialB: string): Promise<TrialComparison>;
  /**
   * The towns the map without street tiles names in bbox [west, south, east, north] at a zoom, most populous
   * first, at most `limit` (core/place-labels): the place list is read here, off the page's thread.
   */
  placesToName(
    bbox: [number, number, number, number],
    zoom: number,
    limit: number,
  ): Promise<NamedPlace[]>;
}
