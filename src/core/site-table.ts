// Sites as columns (typed arrays and dictionary-encoded strings), so that filtering, counting, clustering and
// nearest-site queries scale to millions of sites without one object per site.
import { PHASES, TRIAL_STATUSES, type Phase, type TrialStatus } from './dataset-enums';
import { GrowingColumn, ValueColumn } from './column-builder';
import { conditionIndex, noConditions, type ConditionIndex } from './conditions';
import { eligibilityColumns, type EligibilityColumns } from './eligibility';
import type { Contact, Dataset, Site, Trial } from './schema';
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
  /** Each trial's id, in the same order (a filter change reads them without touching the trials). */
  trialIds: string[];
  /** Bit mask over PHASES of each trial (bit i set when the trial has PHASES[i]). */
  trialPhaseMask: Uint8Array;
  /** Each trial's age range and sex, for the filters on who can join; made on first use. */
  trialEligibility: EligibilityColumns;
  /** The Condition filter's options and each trial's (core/conditions.ts), made on first use. */
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

/** The fields of a site the table keeps. */
export type TableSite = Pick<
  Site,
  | 'id'
  | 'trialId'
  | 'lat'
  | 'lon'
  | 'country'
  | 'status'
  | 'statusSource'
  | 'city'
  | 'facility'
  | 'siteNumber'
  | 'state'
  | 'zip'
  | 'contacts'
> & { geocode: Pick<Site['geocode'], 'method'> };

/** Codes in order of first appearance, remapped at the end so the dictionary is sorted. */
class Dictionary {
  private readonly column = new ValueColumn<string>();

  add(value: string): void {
    this.column.push(value);
  }

  sorted(): { list: string[]; codes: Uint32Array } {
    const list = [...this.column.values].sort();
    const position = new Map(list.map((value, index) => [value, index]));
    const remap = Uint32Array.from(this.column.values, (value) => position.get(value)!);
    return { list, codes: this.column.codes.finish().map((code) => remap[code]!) };
  }
}

/**
 * Builds a SiteTable a site at a time (sites in dataset order, each naming a trial given before it), so the
 * pipeline can fill one from a stream of sites without holding the sites themselves. The pipeline gives the
 * trials as ids and phases only; the compact file's trial list comes from its own copy of them.
 */
export class SiteTableBuilder<T extends Pick<Trial, 'id' | 'phases'> = Trial> {
  private readonly trialIndex = new Map<string, number>();
  private readonly ids: string[] = [];
  // Numbers in typed arrays and each distinct text once (a registry's millions of sites repeat them).
  private readonly lat = new GrowingColumn((size) => new Float64Array(size));
  private readonly lon = new GrowingColumn((size) => new Float64Array(size));
  private readonly countries = new Dictionary();
  private readonly cities = new Dictionary();
  private readonly status = new GrowingColumn((size) => new Uint8Array(size));
  private readonly inherited = new GrowingColumn((size) => new Uint8Array(size));
  private readonly trial = new GrowingColumn((size) => new Uint32Array(size));
  private readonly facility = new ValueColumn<string | null>();
  private readonly siteNumber = new ValueColumn<string | null>();
  private readonly state = new ValueColumn<string | null>();
  private readonly zip = new ValueColumn<string | null>();
  private readonly contacts = new ValueColumn<Contact[]>((list) =>
    list.length === 0 ? '' : JSON.stringify(list),
  );
  private readonly method = new GrowingColumn((size) => new Uint8Array(size));

  constructor(private readonly trials: T[] = []) {
    trials.forEach((trial, index) => this.trialIndex.set(trial.id, index));
  }

  /** A trial after those given so far; its sites may follow. */
  addTrial(trial: T): void {
    this.trialIndex.set(trial.id, this.trials.length);
    this.trials.push(trial);
  }

  add(site: TableSite): void {
    const trial = this.trialIndex.get(site.trialId);
    if (trial === undefined)
      throw new Error(`Site ${site.id} names trial ${site.trialId}, which is not in the dataset`);
    this.ids.push(site.id);
    this.lat.push(site.lat ?? Number.NaN);
    this.lon.push(site.lon ?? Number.NaN);
    this.countries.add(site.country);
    this.cities.add(site.city);
    this.status.push(STATUS_INDEX.get(site.status) ?? 0);
    this.inherited.push(site.statusSource === 'trial' ? 1 : 0);
    this.trial.push(trial);
    this.facility.push(site.facility);
    this.siteNumber.push(site.siteNumber);
    this.state.push(site.state);
    this.zip.push(site.zip);
    this.contacts.push(site.contacts.length > 0 ? site.contacts : NO_CONTACTS);
    this.method.push(METHOD_INDEX.get(site.geocode.method) ?? 3);
  }

  finish(): Omit<SiteTable, 'trials'> & { trials: T[] } {
    const countries = this.countries.sorted();
    const cities = this.cities.sorted();
    const status = this.status.finish();
    const table = {
      size: this.ids.length,
      ids: this.ids,
      lat: this.lat.finish(),
      lon: this.lon.finish(),
      country: Uint16Array.from(countries.codes),
      countries: countries.list,
      status,
      group: status.map((code) => GROUP_INDEX.get(statusGroup(TRIAL_STATUSES[code]!)) ?? 0),
      inherited: this.inherited.finish(),
      trial: this.trial.finish(),
      trials: this.trials,
      trialIds: this.trials.map((trial) => trial.id),
      trialPhaseMask: Uint8Array.from(this.trials, (trial) => phaseMask(trial.phases)),
      trialEligibility: eligibilityColumns([]),
      city: cities.codes,
      cities: cities.list,
      facility: this.facility.rows(),
      siteNumber: this.siteNumber.rows(),
      state: this.state.rows(),
      zip: this.zip.rows(),
      contacts: this.contacts.rows(),
      conditionIndex: noConditions(this.trials.length),
      geocodeMethod: this.method.finish(),
    };
    deriveOnFirstUse(table);
    return table;
  }
}

const NO_CONTACTS: Contact[] = [];

/**
 * Makes table.conditionIndex and table.trialEligibility when first read: writing sites.bin and the first map
 * paint do not need them. Not enumerable, as they are derived from the trials (copies and comparisons of a
 * table leave them out).
 */
export function deriveOnFirstUse(
  table: Pick<SiteTable, 'conditionIndex' | 'trialEligibility'> & { trials: unknown[] },
): void {
  makeOnFirstRead(table, 'conditionIndex', () => conditionIndex(table.trials as Trial[]), false);
  makeOnFirstRead(
    table,
    'trialEligibility',
    () => eligibilityColumns(table.trials as Partial<Trial>[]),
    false,
  );
}

/** Replaces table[key] by a getter that makes the value once, on first read. */
export function makeOnFirstRead<T extends object, K extends keyof T>(
  table: T,
  key: K,
  make: () => T[K],
  enumerable = true,
): void {
  Object.defineProperty(table, key, {
    enumerable,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(table, key, { value, enumerable, writable: true, configurable: true });
      return value;
    },
  });
}

export function siteTableFromDataset(dataset: Dataset): SiteTable {
  const builder = new SiteTableBuilder(dataset.trials);
  for (const site of dataset.sites) builder.add(site);
  return builder.finish();
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
