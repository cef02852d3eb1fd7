// The view slice: which view is shown, where the map is, which dataset is open, and embed mode.
import type { StateCreator } from 'zustand';
import type { MapPosition, View } from '../../core/view-state';
import type { AppState } from './store';

export interface ViewSlice {
  view: View;
  /** The map's last position; null until the map has settled (then links leave the map to fit the sites). */
  map: MapPosition | null;
  /** True once the person has moved the map themselves (or opened a link with a map position). */
  mapMoved: boolean;
  /** True while the map shows the view the app chose around the near-me location: links leave it out. */
  mapShowsNear: boolean;
  /** Named dataset from a link; null for the embedded one. */
  datasetName: string | null;
  embed: boolean;
  setView: (view: View) => void;
  setMapPosition: (position: MapPosition, byPerson: boolean) => void;
  /** Moves the map to a newly chosen location; it then stays put as if moved by the person. */
  showNear: (position: MapPosition) => void;
  /** Forget that the person moved the map, so the view fits the filtered sites again. */
  fitToResults: () => void;
  setDatasetName: (name: string | null) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'map',
  map: null,
  mapMoved: false,
  mapShowsNear: false,
  datasetName: null,
  embed: false,
  setView: (view) => set({ view }),
  setMapPosition: (position, byPerson) =>
    set((state) => ({
      map: position,
      mapMoved: state.mapMoved || byPerson,
      mapShowsNear: state.mapShowsNear && !byPerson,
    })),
  showNear: (position) => set({ map: position, mapMoved: true, mapShowsNear: true }),
  fitToResults: () => set({ mapMoved: false, mapShowsNear: false }),
  setDatasetName: (datasetName) => set({ datasetName }),
});
