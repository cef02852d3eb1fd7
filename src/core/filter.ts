// Filtering and faceted counts over a SiteTable's typed arrays in one pass for a million rows: each filter is first
// turned into a table of rejection bits per country, status group and trial, so a row costs three lookups.
import { optionsOf } from './conditions';
import { PHASES } from './dataset-enums';
import { mayJoinAt } from './eligibility';
import { phaseMask, type SiteTable } from './site-table';
import { STATUS_GROUPS } from './status';
import { NO_INDEX } from './typed-index';
import type { Filters } from './view-state';

const GROUPS = STATUS_GROUPS.length;

/** The filters that can empty a result, in the order an explanation names them. */
export const FILTER_KEYS = [
  'q',
  'trials',
  'phases',
  'countries',
  'statuses',
  'conditions',
  'age',
  'sex',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Why a result is empty: the one filter whose removal alone would bring sites back, 'combination' when no
 * single filter is to blame, 'no-sites' when the dataset has no sites at all; null when not empty.
 */
export type EmptyReason = FilterKey | 'combination' | 'no-sites' | null;

export interface FacetCounts {
  /** Sites matching all filters. */
  total: number;
  /** Per table.countries entry: sites it would leave with the other filters applied. */
  countries: Uint32Array;
  /** Per STATUS_GROUPS entry. */
  groups: Uint32Array;
  /** Per table.trials entry. */
  trials: Uint32Array;
  /** Per PHASES entry (a site counts once for each phase of its trial). */
  phases: Uint32Array;
  /** Per table.conditionIndex option (a site counts once for each condition of its trial). */
  conditions: Uint32Array;
  emptyReason: EmptyReason;
  /** Per active filter: how many sites removing that filter alone would show. */
  relaxed: Partial<Record<FilterKey, number>>;
}

// Bit per filter that rejects a row, in FILTER_KEYS order (as core/filter.ts).
const Q = 1;
const TRIALS = 2;
const PHASES_BIT = 4;
const COUNTRIES = 8;
const STATUSES = 16;
const CONDITIONS = 32;
const AGE = 64;
const SEX = 128;

function bitsFor(values: readonly string[], selected: readonly string[], bit: number): Uint8Array {
  const wanted = new Set(selected);
  return Uint8Array.from(values, (value) => (selected.length > 0 && !wanted.has(value) ? bit : 0));
}

export interface FilterResult {
  facets: FacetCounts;
  /** 1 for rows passing every filter (and within the radius, when one is given). */
  passes: Uint8Array;
  /** Rows passing every filter and within the radius. */
  count: number;
  /** Countries with at least one of those rows. */
  countryCount: number;
  /** Those rows without a point (`points.pointOf` NO_INDEX); 0 when no points are given. */
  unmapped: number;
}

/** What the one pass also does, so a filter change reads the table once and allocates nothing per row. */
export interface PassOptions {
  /** Written for every row and returned as `passes`, instead of a new array. */
  into?: Uint8Array;
  /** A radius around a place: it narrows the passing rows; the facets stay those of the other filters. */
  within?: { distances: Float64Array; radiusKm: number } | null;
  /**
   * Counts the passing rows per point and status group into `counts` (at pointOf[row] * groups + group), which
   * the caller has zeroed.
   */
  points?: { pointOf: Uint32Array; counts: Uint32Array };
  /**
   * The pass's working counts, zeroed and written again at each call instead of new arrays: a caller that
   * filters the same table again and again (the engine, at every change) makes no garbage of them.
   */
  scratch?: FilterScratch;
}

/** The counts a pass works with and does not return: per trial, they come to megabytes in a registry. */
export interface FilterScratch {
  trialBits: Uint8Array;
  phaseRowsPerTrial: Uint32Array;
  conditionRowsPerTrial: Uint32Array;
  passedPerTrial: Uint32Array;
  onlyRejectedBy: Uint32Array;
  reached: Uint8Array;
}

export function filterScratch(table: SiteTable): FilterScratch {
  return {
    trialBits: new Uint8Array(table.trials.length),
    phaseRowsPerTrial: new Uint32Array(table.trials.length),
    conditionRowsPerTrial: new Uint32Array(table.trials.length),
    passedPerTrial: new Uint32Array(table.trials.length),
    onlyRejectedBy: new Uint32Array(256),
    reached: new Uint8Array(table.countries.length),
  };
}

/** Zeroes a scratch made for this table (a new one when absent) for the next pass. */
function zeroed(table: SiteTable, scratch: FilterScratch | undefined): FilterScratch {
  if (!scratch) return filterScratch(table);
  if (scratch.trialBits.length !== table.trials.length || scratch.reached.length !== table.countries.length) {
    throw new Error('The filter scratch was made for another table');
  }
  for (const counts of Object.values(scratch)) counts.fill(0);
  return scratch;
}

/** Per-option counts a pass fills, zeroed by the caller. */
interface Tallies {
  countries: Uint32Array;
  groups: Uint32Array;
  trials: Uint32Array;
  phaseRowsPerTrial: Uint32Array;
  conditionRowsPerTrial: Uint32Array;
  /** Passing rows per trial, added to the three above after the pass: one count per passing row, not three. */
  passedPerTrial: Uint32Array;
  /** Rows per set of rejecting filters (its bits), for those rejected by exactly one. */
  onlyRejectedBy: Uint32Array;
  /** 1 for each country with a passing row within the radius. */
  reached: Uint8Array;
}

interface Rejections {
  trialBits: Uint8Array;
  countryBits: Uint8Array;
  groupBits: Uint8Array;
  text: Uint8Array | null;
}

// Each long loop below is a function of its own, with nothing after the loop. V8 optimizes a loop while it runs
// (on-stack replacement); code after it in the same function has not run yet, so that optimized code gave up
// there at every filter change in a browser's worker until the whole function was compiled again, some changes
// later, and the rest ran in the interpreter (100,000 trials' sums among it).

/** The one pass over the rows: each row's result into `passes`, the facets into `tallies`. */
function passRows(
  table: SiteTable,
  { trialBits, countryBits, groupBits, text }: Rejections,
  tallies: Tallies,
  passes: Uint8Array,
  options: PassOptions,
): { total: number; count: number; unmapped: number } {
  const { countries, groups, trials, phaseRowsPerTrial, conditionRowsPerTrial, passedPerTrial } = tallies;
  const { onlyRejectedBy, reached } = tallies;
  const distances = options.within?.distances ?? null;
  const radiusKm = options.within?.radiusKm ?? Infinity;
  const pointOf = options.points?.pointOf ?? null;
  const pointCounts = options.points?.counts ?? null;
  const { country, group, trial, size } = table;
  let [total, count, unmapped] = [0, 0, 0];
  for (let row = 0; row < size; row++) {
    const t = trial[row]!;
    const c = country[row]!;
    const g = group[row]!;
    let bits = trialBits[t]! | countryBits[c]! | groupBits[g]!;
    if (text !== null && text[row] === 0) bits |= Q;
    if (bits === 0) {
      total++;
      countries[c]!++;
      groups[g]!++;
      passedPerTrial[t]!++;
      if (distances !== null && !(distances[row]! <= radiusKm)) {
        passes[row] = 0;
        continue;
      }
      passes[row] = 1;
      count++;
      reached[c] = 1;
      if (pointCounts === null) continue;
      const point = pointOf![row]!;
      if (point === NO_INDEX) unmapped++;
      else pointCounts[point * GROUPS + g]!++;
    } else {
      passes[row] = 0;
      if ((bits & (bits - 1)) !== 0) continue;
      // Rejected by exactly one filter: it still counts for that filter's own options.
      onlyRejectedBy[bits]!++;
      if (bits === COUNTRIES) countries[c]!++;
      else if (bits === STATUSES) groups[g]!++;
      else if (bits === TRIALS) trials[t]!++;
      else if (bits === PHASES_BIT) phaseRowsPerTrial[t]!++;
      else if (bits === CONDITIONS) conditionRowsPerTrial[t]!++;
    }
  }
  return { total, count, unmapped };
}

/** Per trial: its passing rows count for its own option, each of its phases and each of its conditions. */
function addTrialRows(
  table: SiteTable,
  tallies: Tallies,
  phases: Uint32Array,
  conditions: Uint32Array,
): void {
  const { trials, phaseRowsPerTrial, conditionRowsPerTrial, passedPerTrial } = tallies;
  const { trialPhaseMask } = table;
  const { trialStart, trialOptions } = table.conditionIndex;
  for (let t = 0; t < trials.length; t++) {
    const passed = passedPerTrial[t]!;
    trials[t]! += passed;
    const phaseRows = phaseRowsPerTrial[t]! + passed;
    if (phaseRows > 0) {
      const mask = trialPhaseMask[t]!;
      for (let p = 0; p < PHASES.length; p++) if (mask & (1 << p)) phases[p]! += phaseRows;
    }
    const conditionRows = conditionRowsPerTrial[t]! + passed;
    if (conditionRows > 0) {
      for (let i = trialStart[t]!; i < trialStart[t + 1]!; i++)
        conditions[trialOptions[i]!]! += conditionRows;
    }
  }
}

/**
 * Per trial: the bits of the filters on trials (trial, phase, condition, age, sex) that reject it, written into
 * `bits`, which the caller has zeroed.
 */
function trialRejections(
  table: SiteTable,
  bits: Uint8Array,
  wanted: {
    trialIds: Set<string>;
    phase: number;
    wantedConditions: Set<string>;
    age: Filters['age'];
    sex: Filters['sex'];
  },
): void {
  const { trialIds, phase, wantedConditions, age, sex } = wanted;
  // No filter on trials (a country or status change): no pass over a registry's 100,000 trials to say so.
  if (trialIds.size === 0 && phase === 0 && wantedConditions.size === 0 && age === null && sex === null)
    return;
  const { conditionIndex } = table;
  const condition = (t: number) => {
    for (const option of optionsOf(conditionIndex, t))
      if (wantedConditions.has(conditionIndex.keys[option]!)) return true;
    return false;
  };
  const { trialIds: ids, trialEligibility: eligibility } = table;
  for (let t = 0; t < bits.length; t++) {
    bits[t] =
      (trialIds.size > 0 && !trialIds.has(ids[t]!) ? TRIALS : 0) |
      (phase && !(table.trialPhaseMask[t]! & phase) ? PHASES_BIT : 0) |
      (wantedConditions.size > 0 && !condition(t) ? CONDITIONS : 0) |
      (age !== null && !mayJoinAt(eligibility, t, { age, sex: null }) ? AGE : 0) |
      (sex !== null && !mayJoinAt(eligibility, t, { age: null, sex }) ? SEX : 0);
  }
}

/** `text` is the per-row match of the text query (search.ts matchText), null when there is none. */
export function filterWithFacets(
  table: SiteTable,
  filters: Filters,
  text: Uint8Array | null,
  options: PassOptions = {},
): FilterResult {
  const countryBits = bitsFor(table.countries, filters.countries, COUNTRIES);
  const groupBits = bitsFor(STATUS_GROUPS, filters.statuses, STATUSES);
  const trialIds = new Set(filters.trials);
  const phase = filters.phases.length > 0 ? phaseMask(filters.phases) : 0;
  const { conditionIndex } = table;
  const wantedConditions = new Set(filters.conditions);
  const { age, sex } = filters;
  const { trialBits, ...scratch } = zeroed(table, options.scratch);
  trialRejections(table, trialBits, { trialIds, phase, wantedConditions, age, sex });
  // The counts returned are new at each call: the caller keeps them (in the page, the store does).
  const tallies: Tallies = {
    countries: new Uint32Array(table.countries.length),
    groups: new Uint32Array(STATUS_GROUPS.length),
    trials: new Uint32Array(table.trials.length),
    ...scratch,
  };
  const passes = options.into ?? new Uint8Array(table.size);
  const { total, count, unmapped } = passRows(
    table,
    { trialBits, countryBits, groupBits, text },
    tallies,
    passes,
    options,
  );
  const { countries, groups, trials, onlyRejectedBy, reached } = tallies;
  let countryCount = 0;
  for (let c = 0; c < reached.length; c++) countryCount += reached[c]!;
  const phases = new Uint32Array(PHASES.length);
  const conditions = new Uint32Array(conditionIndex.keys.length);
  addTrialRows(table, tallies, phases, conditions);
  const active: Record<FilterKey, boolean> = {
    q: text !== null,
    trials: trialIds.size > 0,
    phases: phase !== 0,
    countries: filters.countries.length > 0,
    statuses: filters.statuses.length > 0,
    conditions: wantedConditions.size > 0,
    age: age !== null,
    sex: sex !== null,
  };
  const facets: FacetCounts = {
    total,
    countries,
    groups,
    trials,
    phases,
    conditions,
    emptyReason: null,
    relaxed: {},
  };
  FILTER_KEYS.forEach((key, i) => {
    if (active[key]) facets.relaxed[key] = total + onlyRejectedBy[1 << i]!;
  });
  if (total === 0) {
    if (table.size === 0) facets.emptyReason = 'no-sites';
    else facets.emptyReason = FILTER_KEYS.find((_, i) => onlyRejectedBy[1 << i]! > 0) ?? 'combination';
  }
  return { facets, passes, count, countryCount, unmapped };
}

/** Rows of the sites that pass every filter, in table order. */
export function filterRows(table: SiteTable, filters: Filters, text: Uint8Array | null = null): Uint32Array {
  const { passes, count } = filterWithFacets(table, filters, text);
  const rows = new Uint32Array(count);
  for (let row = 0, n = 0; row < table.size; row++) if (passes[row]) rows[n++] = row;
  return rows;
}
