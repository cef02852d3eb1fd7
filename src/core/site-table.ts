// Sites as columns (typed arrays and dictionary-encoded strings), so that filtering, counting, clustering and
// nearest-site queries scale to millions of sites without one object per site.
import { PHASES, TRIAL_STATUSES, type Phase, type TrialStatus } from './dataset-enums';
import { conditionIndex, type ConditionIndex } from './conditions';
import type { Contact, Dataset, Trial } from './schema';
import { STATUS_GROUPS, statusGroup, type StatusGroup } from './status';

export interface SiteTable {
  size: number;
  /** Stable site ids, in row order. */
  ids: string[];
  /** NaN where the site could not be geocoded. */
  lat: Float64Array;
  lon: Float64Array;
  /** Index into `countries` (ISO alpha-2, sorted). */
  country: Uint16Array;
  countries: string[];
  /** Index into TRIAL_STATUSES. */
  status: Uint8Array;
  /** Index into STATUS_GROUPS, derived from `status`. */
  group: Uint8Array;
  /** 1 when the status is inherited from the trial's overall status. */
  inherited: Uint8Array;
  /** Index into `trials`. */
  trial: Uint32Array;
  /** Trials in dataset order (including those with no sites). */
  trials: Trial[];
  /** Bit mask over PHASES of each trial (bit i set when the trial has PHASES[i]). */
  trialPhaseMask: Uint8Array;
  /** The Condition filter's options and each trial's (core/conditions.ts). */
  conditionIndex: ConditionIndex;
  /** Index into `cities` ("City|state|CC" keys are not needed: city names are shown with the country). */
  city: Uint32Array;
  cities: string[];
  /** Facility name, or null when the source gives only a site number. */
  facility: (string | null)[];
  siteNumber: (string | null)[];
  state: (string | null)[];
  zip: (string | null)[];
  /** The site's own contacts as the source lists them (most sites have none). */
  contacts: Contact[][];
  /** Index into GEOCODE_METHODS order: source, gazetteer, override, unresolved. */
  geocodeMethod: Uint8Array;
}

const STATUS_INDEX = new Map<TrialStatus, number>(TRIAL_STATUSES.map((status, index) => [status, index]));
const GROUP_INDEX = new Map<StatusGroup, number>(STATUS_GROUPS.map((group, index) => [group, index]));
const METHOD_INDEX = new Map(['source', 'gazetteer', 'override', 'unresolved'].map((m, index) => [m, index]));

export function phaseMask(phases: readonly Phase[]): number {
  let mask = 0;
  for (const phase of phases) mask |= 1 << PHASES.indexOf(phase);
  return mask;
}

function dictionary(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort();
  return { list, index: new Map(list.map((value, i) => [value, i])) };
}

export function siteTableFromDataset(dataset: Dataset): SiteTable {
  const { sites, trials } = dataset;
  const size = sites.length;
  const trialIndex = new Map(trials.map((trial, index) => [trial.id, index]));
  const countries = dictionary(sites.map((site) => site.country));
  const cities = dictionary(sites.map((site) => site.city));
  const table: SiteTable = {
    size,
    ids: new Array<string>(size),
    lat: new Float64Array(size),
    lon: new Float64Array(size),
    country: new Uint16Array(size),
    countries: countries.list,
    status: new Uint8Array(size),
    group: new Uint8Array(size),
    inherited: new Uint8Array(size),
    trial: new Uint32Array(size),
    trials,
    trialPhaseMask: Uint8Array.from(trials, (trial) => phaseMask(trial.phases)),
    conditionIndex: NO_CONDITIONS,
    city: new Uint32Array(size),
    cities: cities.list,
    facility: new Array<string | null>(size),
    siteNumber: new Array<string | null>(size),
    state: new Array<string | null>(size),
    zip: new Array<string | null>(size),
    contacts: new Array<Contact[]>(size),
    geocodeMethod: new Uint8Array(size),
  };
  indexConditionsOnFirstUse(table);
  sites.forEach((site, row) => {
    const trial = trialIndex.get(site.trialId);
    if (trial === undefined)
      throw new Error(`Site ${site.id} names trial ${site.trialId}, which is not in the dataset`);
    table.ids[row] = site.id;
    table.lat[row] = site.lat ?? Number.NaN;
    table.lon[row] = site.lon ?? Number.NaN;
    table.country[row] = countries.index.get(site.country) ?? 0;
    table.status[row] = STATUS_INDEX.get(site.status) ?? 0;
    table.group[row] = GROUP_INDEX.get(statusGroup(site.status)) ?? 0;
    table.inherited[row] = site.statusSource === 'trial' ? 1 : 0;
    table.trial[row] = trial;
    table.city[row] = cities.index.get(site.city) ?? 0;
    table.facility[row] = site.facility;
    table.siteNumber[row] = site.siteNumber;
    table.state[row] = site.state;
    table.zip[row] = site.zip;
    table.contacts[row] = site.contacts;
    table.geocodeMethod[row] = METHOD_INDEX.get(site.geocode.method) ?? 3;
  });
  return table;
}

const NO_CONDITIONS: ConditionIndex = { keys: [], labels: [], ofTrial: [] };

/**
 * Makes table.conditionIndex when first read: writing sites.bin and the first map paint do not need it. Not
 * enumerable, as it is derived from the trials (copies and comparisons of a table leave it out).
 */
export function indexConditionsOnFirstUse(table: SiteTable): void {
  Object.defineProperty(table, 'conditionIndex', {
    enumerable: false,
    configurable: true,
    get() {
      const value = conditionIndex(table.trials);
      Object.defineProperty(table, 'conditionIndex', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return value;
    },
  });
}

export function siteStatus(table: SiteTable, row: number): TrialStatus {
  return TRIAL_STATUSES[table.status[row] ?? 0] ?? 'UNKNOWN';
}

export function siteGroup(table: SiteTable, row: number): StatusGroup {
  return STATUS_GROUPS[table.group[row] ?? 0] ?? 'unknown';
}

/** What a site is called when its source gives no facility name, only (perhaps) a number. */
export function unnamedSiteName(siteNumber: string | null | undefined): string {
  return siteNumber ? `Site ${siteNumber} (name not published)` : 'Site (name not published)';
}

/** The facility, or "Site 1106 (name not published)" when the source names a site only by its number. */
export function siteDisplayName(table: SiteTable, row: number): string {
  return table.facility[row] || unnamedSiteName(table.siteNumber[row]);
}
