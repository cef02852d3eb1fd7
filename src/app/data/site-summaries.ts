// Plain, cloneable descriptions of sites and trials read from a SiteTable (what crosses the engine's door).
import { GEOCODE_METHODS, PHASES } from '../../core/dataset-enums';
import type { BuiltFrom } from '../../core/schema';
import { siteDisplayName, siteGroup, siteStatus, type SiteTable } from '../../core/site-table';
import { queryWords, textsMatching } from '../../core/search';
import { topByCount } from '../../core/top-by-count';
import {
  TRIAL_OPTIONS,
  type DatasetInfo,
  type SiteDetail,
  type SiteSummary,
  type TrialDetail,
  type TrialInfo,
  type TrialMatches,
  type TrialOption,
} from './site-engine';

/** What the engine answers about a dataset it has loaded. Its trials stay with it (trialMatches, trialOptions). */
export function datasetSummary(
  name: string,
  table: SiteTable,
  siteCounts: Uint32Array,
  builtFrom: BuiltFrom | null = null,
): DatasetInfo {
  const phases = new Set(table.trials.flatMap((trial) => trial.phases));
  return {
    name,
    siteCount: table.size,
    countries: table.countries,
    trialCount: table.trials.length,
    trials: trialOptions(table, siteCounts, siteCounts, []),
    phases: PHASES.filter((phase) => phases.has(phase)),
    conditions: { keys: table.conditionIndex.keys, labels: table.conditionIndex.labels },
    builtFrom,
  };
}

/** How many sites each trial has, in the table's trial order. */
export function trialSiteCounts(table: SiteTable): Uint32Array {
  const counts = new Uint32Array(table.trials.length);
  for (let row = 0; row < table.size; row++) counts[table.trial[row]!]!++;
  return counts;
}

/**
 * The answer to SiteEngine.findTrials. `texts` gives the trials' search texts (core/search.ts), asked for only
 * when the query has words. Each answer's trials are made for it: kept for a registry's 100,000 trials, they were
 * 12 MB of the engine's heap, which every full garbage collection traced.
 */
export function trialMatches(
  table: SiteTable,
  siteCounts: Uint32Array,
  texts: () => readonly string[],
  query: string,
  limit: number,
  keep: readonly string[],
): TrialMatches {
  const found = queryWords(query).length > 0 ? textsMatching(texts(), query) : null;
  const length = found ? found.length : table.trials.length;
  const counts = found ? found.map((i) => siteCounts[i]!) : siteCounts;
  const shown = topByCount(length, counts, [], limit).map((k) => (found ? found[k]! : k));
  // By the dataset's own ids (a link's are checked by knownTrialIds first): no index of 100,000 ids per search.
  const kept = keep.map((id) => table.trialIds.indexOf(id)).filter((i) => i >= 0 && !shown.includes(i));
  return {
    trials: [...new Set(kept), ...shown].map((i) => trialInfo(table, siteCounts, i)),
    matching: length,
  };
}

/** The trial at `index` of the table, as the app lists it. */
export function trialInfo(table: SiteTable, siteCounts: Uint32Array, index: number): TrialInfo {
  const trial = table.trials[index]!;
  return {
    id: trial.id,
    nctId: trial.nctId,
    title: trial.title,
    overallStatus: trial.overallStatus,
    phases: trial.phases,
    sitesListed: trial.sitesListed,
    siteCount: siteCounts[index]!,
    minimumAge: trial.minimumAge,
    maximumAge: trial.maximumAge,
    sex: trial.sex,
    healthyVolunteers: trial.healthyVolunteers,
  };
}

/**
 * The Trial filter's options for the faceted counts `counts` (in the table's trial order): every trial when
 * there are at most TRIAL_OPTIONS, else the chosen ones and the TRIAL_OPTIONS with the most sites, in the
 * table's order. Any first `limit` of them the filter draws by count are then the dataset's first `limit`.
 */
export function trialOptions(
  table: SiteTable,
  siteCounts: Uint32Array,
  counts: ArrayLike<number>,
  chosen: readonly string[],
): TrialOption[] {
  const wanted = new Set(chosen);
  const keep: number[] = [];
  if (wanted.size > 0) table.trialIds.forEach((id, i) => wanted.has(id) && keep.push(i));
  const indexes = topByCount(table.trials.length, counts, keep, TRIAL_OPTIONS).sort((a, b) => a - b);
  return indexes.map((i) => ({ ...trialInfo(table, siteCounts, i), count: counts[i] ?? 0 }));
}

/** The table's ids of the trials `ids` name, in their order; an id names a trial whatever its case. */
export function knownTrialIds(table: SiteTable, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const byCase = new Map(table.trialIds.map((id) => [id.toLowerCase(), id]));
  const exact = new Set(byCase.values());
  return ids.flatMap((id) => {
    const known = exact.has(id) ? id : byCase.get(id.toLowerCase());
    return known === undefined ? [] : [known];
  });
}

export function siteSummary(table: SiteTable, row: number, id = table.ids[row]!): SiteSummary {
  const lat = table.lat[row]!;
  const lon = table.lon[row]!;
  const trial = table.trials[table.trial[row]!]!;
  return {
    id,
    name: siteDisplayName(table, row),
    ...(table.facility[row] ? {} : { unnamed: { siteNumber: table.siteNumber[row] ?? null } }),
    city: table.cities[table.city[row]!]!,
    country: table.countries[table.country[row]!]!,
    status: siteStatus(table, row),
    group: siteGroup(table, row),
    inherited: table.inherited[row] === 1,
    trialId: trial.id,
    eligibility: {
      minimumAge: trial.minimumAge,
      maximumAge: trial.maximumAge,
      sex: trial.sex,
      healthyVolunteers: trial.healthyVolunteers,
    },
    statusVerifiedDate: trial.statusVerifiedDate ?? null,
    lat: Number.isNaN(lat) ? null : lat,
    lon: Number.isNaN(lon) ? null : lon,
  };
}

export function siteDetail(table: SiteTable, row: number, id = table.ids[row]!): SiteDetail {
  return {
    ...siteSummary(table, row, id),
    facility: table.facility[row] ?? null,
    siteNumber: table.siteNumber[row] ?? null,
    state: table.state[row] ?? null,
    zip: table.zip[row] ?? null,
    contacts: table.contacts[row] ?? [],
    geocodeMethod: GEOCODE_METHODS[table.geocodeMethod[row]!] ?? 'unresolved',
    trial: table.trials[table.trial[row]!]!,
  };
}

export function trialDetail(table: SiteTable, trialId: string): TrialDetail | null {
  const index = table.trialIds.indexOf(trialId);
  if (index < 0) return null;
  let siteCount = 0;
  let mappedCount = 0;
  const countries = new Set<number>();
  for (let row = 0; row < table.size; row++) {
    if (table.trial[row] !== index) continue;
    siteCount++;
    if (!Number.isNaN(table.lat[row]!) && !Number.isNaN(table.lon[row]!)) mappedCount++;
    countries.add(table.country[row]!);
  }
  return { trial: table.trials[index]!, siteCount, mappedCount, countryCount: countries.size };
}
