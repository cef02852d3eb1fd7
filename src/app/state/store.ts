// The app's one store: inputs only (filters, selection, view, location). What is shown is derived from it.
import { create } from 'zustand';
import { DEFAULT_LANGUAGE } from '../../core/languages';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../core/view-state';
import { preferredLanguage } from '../data/language-preference';
import { createCoverageSlice, type CoverageSlice } from './coverage-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createLanguageSlice, type LanguageSlice } from './language-slice';
import { createLocationSlice, preferredUnits, type LocationSlice } from './location-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = FiltersSlice &
  SelectionSlice &
  ViewSlice &
  LocationSlice &
  CoverageSlice &
  LanguageSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createFiltersSlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
  ...createCoverageSlice(...a),
  ...createLocationSlice(preferredUnits())(...a),
  ...createLanguageSlice(preferredLanguage())(...a),
}));

/** The shareable part of the state, for links. */
export function selectViewState(state: AppState): ViewState {
  return {
    ...state.filters,
    dataset: state.datasetName,
    site: state.selectedSiteId,
    details: state.selectedTrialId,
    map: state.map,
    view: state.view,
    near: state.near ? { lat: state.near.lat, lon: state.near.lon } : null,
    place: state.near?.place?.key ?? state.linkedPlace,
    radiusKm: state.radiusKm,
    embed: state.embed,
    lang: state.language === DEFAULT_LANGUAGE ? null : state.language,
  };
}

/** Opens a view state (from a link): a link with a map position keeps it instead of fitting the sites. */
export function applyViewState(v: ViewState): void {
  const { trials, countries, statuses, phases, q, conditions, age, sex } = v;
  useAppStore.setState((state) => ({
    filters: { trials, countries, statuses, phases, q, conditions, age, sex },
    selectedSiteId: v.site,
    selectedTrialId: v.details,
    selectionOrigin: 'link',
    map: v.map,
    mapMoved: v.map !== null,
    mapShowsNear: false,
    view: v.view,
    datasetName: v.dataset,
    embed: v.embed,
    ...nearFromLink(state, v),
    radiusKm: v.radiusKm,
    // A link without a language keeps the one in use (the person's choice or their browser's).
    language: v.lang ?? state.language,
  }));
}

/** The location a link asks for; a named place is looked up in the place list (ui/share/use-place-link). */
function nearFromLink(state: AppState, v: ViewState): Pick<AppState, 'near' | 'linkedPlace'> {
  if (v.place !== null) {
    const same = state.near?.place?.key === v.place;
    return { near: same ? state.near : null, linkedPlace: same ? null : v.place };
  }
  const near = v.near
    ? {
        ...v.near,
        label: state.near?.label ?? `${v.near.lat.toFixed(3)}, ${v.near.lon.toFixed(3)}`,
        ...(state.near?.kind && { kind: state.near.kind }),
      }
    : null;
  return { near, linkedPlace: null };
}

/** Back to the defaults (tests, or "start over"). */
export function resetAppState(): void {
  applyViewState(DEFAULT_VIEW_STATE);
  useAppStore.setState({ selectedTrialId: null, mapMoved: false });
}
