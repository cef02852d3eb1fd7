// The reference filter, for differential tests only: each row checked filter by filter, as the rules read. The
// engine runs core/filter.ts's one-pass filterWithFacets; this says what it must answer.
import { optionsOf } from '../../../src/core/conditions';
import { PHASES } from '../../../src/core/dataset-enums';
import { parseAge, type EligibilityFields, type Person } from '../../../src/core/eligibility';
import { FILTER_KEYS, type FacetCounts, type FilterKey } from '../../../src/core/filter';
import { phaseMask, type SiteTable } from '../../../src/core/site-table';
import { STATUS_GROUPS } from '../../../src/core/status';
import type { Filters } from '../../../src/core/view-state';

/** Filters compiled to lookups by dictionary index; null means "not filtered". */
interface CompiledFilters {
  country: Uint8Array | null;
  group: Uint8Array | null;
  trial: Uint8Array | null;
  phase: number;
  text: Uint8Array | null;
  /** Per trial: 1 when it names a chosen condition; null without a condition filter. */
  condition: Uint8Array | null;
  age: Uint8Array | null;
  sex: Uint8Array | null;
}

function lookup(values: readonly string[], selected: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  const wanted = new Set(selected);
  return Uint8Array.from(values, (value) => (wanted.has(value) ? 1 : 0));
}

/** Who may join, read from the trial's own fields (the engine reads its columns of them). */
function mayJoin(trial: EligibilityFields, { age, sex }: Person): boolean {
  if (sex && trial.sex && trial.sex !== 'ALL' && trial.sex.toLowerCase() !== sex) return false;
  if (age === null) return true;
  const min = parseAge(trial.minimumAge);
  const max = parseAge(trial.maximumAge);
  if (min && age + 1 <= min.years) return false;
  if (max && age > max.years) return false;
  return true;
}

/** `text` is the per-row match of the text query (see search.ts matchText), null when there is none. */
function compile(table: SiteTable, filters: Filters, text: Uint8Array | null): CompiledFilters {
  return {
    country: lookup(table.countries, filters.countries),
    group: lookup(STATUS_GROUPS, filters.statuses),
    trial: lookup(
      table.trials.map((trial) => trial.id),
      filters.trials,
    ),
    phase: filters.phases.length > 0 ? phaseMask(filters.phases) : 0,
    text,
    condition:
      filters.conditions.length === 0
        ? null
        : Uint8Array.from(table.trials, (_, t) =>
            Array.from(optionsOf(table.conditionIndex, t)).some((option) =>
              filters.conditions.includes(table.conditionIndex.keys[option]!),
            )
              ? 1
              : 0,
          ),
    age:
      filters.age === null
        ? null
        : Uint8Array.from(table.trials, (trial) => (mayJoin(trial, { age: filters.age, sex: null }) ? 1 : 0)),
    sex:
      filters.sex === null
        ? null
        : Uint8Array.from(table.trials, (trial) => (mayJoin(trial, { age: null, sex: filters.sex }) ? 1 : 0)),
  };
}

const [Q, TRIALS, PHASES_BIT, COUNTRIES, STATUSES, CONDITIONS, AGE, SEX] = [1, 2, 4, 8, 16, 32, 64, 128]; // per FILTER_KEYS entry

function rejections(table: SiteTable, c: CompiledFilters, row: number): number {
  const trial = table.trial[row]!;
  let bits = 0;
  if (c.text && !c.text[row]) bits |= Q;
  if (c.trial && !c.trial[trial]) bits |= TRIALS;
  if (c.phase && !(table.trialPhaseMask[trial]! & c.phase)) bits |= PHASES_BIT;
  if (c.country && !c.country[table.country[row]!]) bits |= COUNTRIES;
  if (c.group && !c.group[table.group[row]!]) bits |= STATUSES;
  if (c.condition && !c.condition[trial]) bits |= CONDITIONS;
  if (c.age && !c.age[trial]) bits |= AGE;
  if (c.sex && !c.sex[trial]) bits |= SEX;
  return bits;
}

/** Rows of the sites that pass every filter, in table order. */
export function filterRows(table: SiteTable, filters: Filters, text: Uint8Array | null = null): Uint32Array {
  const c = compile(table, filters, text);
  const rows = new Uint32Array(table.size);
  let n = 0;
  for (let row = 0; row < table.size; row++) if (rejections(table, c, row) === 0) rows[n++] = row;
  return rows.slice(0, n);
}

/**
 * Faceted counts: each option of a facet counts the sites it would leave with every *other* filter applied
 * (so ticking it never surprises), in one pass: a row rejected by exactly one facet still counts for it.
 */
export function facetCounts(table: SiteTable, filters: Filters, text: Uint8Array | null = null): FacetCounts {
  const c = compile(table, filters, text);
  const counts: FacetCounts = {
    total: 0,
    countries: new Uint32Array(table.countries.length),
    groups: new Uint32Array(STATUS_GROUPS.length),
    trials: new Uint32Array(table.trials.length),
    phases: new Uint32Array(PHASES.length),
    conditions: new Uint32Array(table.conditionIndex.keys.length),
    emptyReason: null,
    relaxed: {},
  };
  // Sites rejected by exactly one filter, per filter: what removing that filter alone would bring back.
  const onlyRejectedBy = new Map<number, number>();
  for (let row = 0; row < table.size; row++) {
    const bits = rejections(table, c, row);
    if (bits !== 0 && (bits & (bits - 1)) !== 0) continue; // rejected by two or more filters
    const trial = table.trial[row]!;
    if (bits === 0) counts.total++;
    else onlyRejectedBy.set(bits, (onlyRejectedBy.get(bits) ?? 0) + 1);
    if ((bits & ~COUNTRIES) === 0) counts.countries[table.country[row]!]!++;
    if ((bits & ~STATUSES) === 0) counts.groups[table.group[row]!]!++;
    if ((bits & ~TRIALS) === 0) counts.trials[trial]!++;
    if ((bits & ~PHASES_BIT) === 0) {
      const mask = table.trialPhaseMask[trial]!;
      for (let p = 0; p < PHASES.length; p++) if (mask & (1 << p)) counts.phases[p]!++;
    }
    if ((bits & ~CONDITIONS) === 0)
      for (const option of optionsOf(table.conditionIndex, trial)) counts.conditions[option]!++;
  }
  const active: Record<FilterKey, boolean> = {
    q: c.text !== null,
    trials: c.trial !== null,
    phases: c.phase !== 0,
    countries: c.country !== null,
    statuses: c.group !== null,
    conditions: c.condition !== null,
    age: c.age !== null,
    sex: c.sex !== null,
  };
  FILTER_KEYS.forEach((key, i) => {
    if (active[key]) counts.relaxed[key] = counts.total + (onlyRejectedBy.get(1 << i) ?? 0);
  });
  if (counts.total === 0) {
    if (table.size === 0) counts.emptyReason = 'no-sites';
    else {
      const blamed = FILTER_KEYS.find((_, i) => (onlyRejectedBy.get(1 << i) ?? 0) > 0);
      counts.emptyReason = blamed ?? 'combination';
    }
  }
  return counts;
}

/** Distinct countries among the given rows. */
export function countryCount(table: SiteTable, rows: Uint32Array): number {
  const seen = new Uint8Array(table.countries.length);
  let n = 0;
  for (const row of rows) {
    const country = table.country[row]!;
    if (!seen[country]) {
      seen[country] = 1;
      n++;
    }
  }
  return n;
}
