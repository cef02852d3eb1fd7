// The filters slice: what the person narrows the sites by, with the actions that change it.
import type { StateCreator } from 'zustand';
import type { PersonSex } from '../../core/eligibility';
import type { FilterKey } from '../../core/filter';
import type { Phase } from '../../core/schema';
import type { StatusGroup } from '../../core/status';
import { EMPTY_FILTERS, type Filters } from '../../core/view-state';
import type { AppState } from './store';

export interface FiltersSlice {
  filters: Filters;
  /** The filter changed last, so an empty result can name the change that emptied it. */
  lastChangedFilter: FilterKey | null;
  setFilters: (patch: Partial<Filters>) => void;
  toggleCountry: (code: string) => void;
  toggleStatus: (group: StatusGroup) => void;
  toggleTrial: (id: string) => void;
  togglePhase: (phase: Phase) => void;
  setQuery: (q: string) => void;
  toggleCondition: (key: string) => void;
  setAge: (age: number | null) => void;
  setSex: (sex: PersonSex | null) => void;
  clearFilters: () => void;
}

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  lastChangedFilter: null,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  toggleCountry: (code) =>
    set((state) => ({
      filters: { ...state.filters, countries: toggled(state.filters.countries, code) },
      lastChangedFilter: 'countries',
    })),
  toggleStatus: (group) =>
    set((state) => ({
      filters: { ...state.filters, statuses: toggled(state.filters.statuses, group) },
      lastChangedFilter: 'statuses',
    })),
  toggleTrial: (id) =>
    set((state) => ({
      filters: { ...state.filters, trials: toggled(state.filters.trials, id) },
      lastChangedFilter: 'trials',
    })),
  togglePhase: (phase) =>
    set((state) => ({
      filters: { ...state.filters, phases: toggled(state.filters.phases, phase) },
      lastChangedFilter: 'phases',
    })),
  setQuery: (q) => set((state) => ({ filters: { ...state.filters, q }, lastChangedFilter: 'q' })),
  toggleCondition: (key) =>
    set((state) => ({
      filters: { ...state.filters, conditions: toggled(state.filters.conditions, key) },
      lastChangedFilter: 'conditions',
    })),
  setAge: (age) => set((state) => ({ filters: { ...state.filters, age }, lastChangedFilter: 'age' })),
  setSex: (sex) => set((state) => ({ filters: { ...state.filters, sex }, lastChangedFilter: 'sex' })),
  clearFilters: () => set({ filters: EMPTY_FILTERS, lastChangedFilter: null }),
});

/** How many filters narrow the sites (a text search counts when it has words). */
export function activeFilterCount(filters: Filters): number {
  const { trials, countries, statuses, phases, q, conditions, age, sex } = filters;
  return (
    [trials, countries, statuses, phases, conditions].filter((list) => list.length > 0).length +
    (q.trim() ? 1 : 0) +
    (age !== null ? 1 : 0) +
    (sex !== null ? 1 : 0)
  );
}
