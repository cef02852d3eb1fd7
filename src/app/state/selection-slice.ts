// The selection slice: the site and the trial whose details are open.
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Where a selection came from, so the other side can follow (the list scrolls, the map pans). */
export type SelectionOrigin = 'map' | 'list' | 'details' | 'link';

export interface SelectionSlice {
  selectedSiteId: string | null;
  selectedTrialId: string | null;
  selectionOrigin: SelectionOrigin;
  selectSite: (id: string | null, origin?: SelectionOrigin) => void;
  selectTrial: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedSiteId: null,
  selectedTrialId: null,
  selectionOrigin: 'link',
  // A site and a trial are shown one at a time: opening one closes the other.
  selectSite: (id, origin = 'list') =>
    set({ selectedSiteId: id, selectedTrialId: null, selectionOrigin: origin }),
  selectTrial: (id) => set({ selectedTrialId: id }),
});
