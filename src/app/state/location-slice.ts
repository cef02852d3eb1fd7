// The near-me slice: the chosen location (kept in this browser only), the radius, the units and whether the
// near-me answer may cross the country filter.
import type { StateCreator } from 'zustand';
import { snapRadiusKm, unitsForLocales, type DistanceUnit } from '../../core/units';
import type { AppState } from './store';

export interface NearLocation {
  lat: number;
  lon: number;
  /** What the person chose, e.g. "Munich, Germany", "Your location", "Point on the map", as first worded. */
  label: string;
  /** The person's own position, or a point chosen on the map: worded in the language shown (i18n/near-label). */
  kind?: 'device' | 'point';
  /** Set when the person chose a place by name (not their position): what may go into a registry search. */
  place?: NamedPlace;
  /** Opened from a link that also fixed the map's view: the map stays where the link put it. */
  keepView?: boolean;
}

export interface NamedPlace {
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** How links name it ("naples-it", or its GeoNames id); see core/place-key.ts. */
  key?: string;
  /** The place list's division ("Bavaria", '' when none): with it the label is worded when shown. */
  admin1?: string;
  /** The other name of the place the person typed ("Warszawa" for Warsaw), shown first. */
  alias?: string;
}

export interface LocationSlice {
  near: NearLocation | null;
  /** A place named by the link just opened, until the place list has turned it into `near`. */
  linkedPlace: string | null;
  /** null for any distance. */
  radiusKm: number | null;
  units: DistanceUnit;
  /** True by default: a person in Strasbourg sees German sites too, even with France ticked. */
  crossBorders: boolean;
  setNear: (near: NearLocation | null) => void;
  setRadiusKm: (radiusKm: number | null) => void;
  /** Switches units, moving the radius to the nearest choice in the new unit. */
  setUnits: (units: DistanceUnit) => void;
  setCrossBorders: (crossBorders: boolean) => void;
}

export const createLocationSlice =
  (initialUnits: DistanceUnit): StateCreator<AppState, [], [], LocationSlice> =>
  (set) => ({
    near: null,
    linkedPlace: null,
    radiusKm: null,
    units: initialUnits,
    crossBorders: true,
    setNear: (near) => set({ near, linkedPlace: null }),
    setRadiusKm: (radiusKm) => set({ radiusKm }),
    setUnits: (units) => set((state) => ({ units, radiusKm: snapRadiusKm(state.radiusKm, units) })),
    setCrossBorders: (crossBorders) => set({ crossBorders }),
  });

/** The unit of the browser's first preferred language (en-US → miles, de → km). */
export function preferredUnits(): DistanceUnit {
  return unitsForLocales(typeof navigator === 'undefined' ? [] : navigator.languages);
}
