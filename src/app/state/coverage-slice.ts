// The coverage slice: the radius of the coverage view's rings and population figures (not part of links).
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export const DEFAULT_COVERAGE_RADIUS_KM = 100;

export interface CoverageSlice {
  coverageRadiusKm: number;
  setCoverageRadiusKm: (km: number) => void;
}

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set) => ({
  coverageRadiusKm: DEFAULT_COVERAGE_RADIUS_KM,
  setCoverageRadiusKm: (coverageRadiusKm) => set({ coverageRadiusKm }),
});
