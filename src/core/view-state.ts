// The shareable view state: everything a link reopens. The URL codec (url-codec/codec.ts) reads and writes it.
import type { PersonSex } from './eligibility';
import type { Language } from './languages';
import type { Phase } from './schema';
import type { StatusGroup } from './status';

export const VIEWS = ['map', 'list', 'coverage'] as const;
export type View = (typeof VIEWS)[number];

export interface MapPosition {
  zoom: number;
  lat: number;
  lng: number;
}

export interface Filters {
  trials: string[];
  countries: string[];
  statuses: StatusGroup[];
  phases: Phase[];
  q: string;
  /** Folded condition keys (core/conditions.ts conditionKey). */
  conditions: string[];
  /** Who can join: the person's age in whole years and sex; null when not given. */
  age: number | null;
  sex: PersonSex | null;
}

export interface ViewState extends Filters {
  /** A named dataset published next to the embedded one (letters, digits, dashes); null for the default. */
  dataset: string | null;
  site: string | null;
  /** The trial whose details are open (over the site's, or on their own). */
  details: string | null;
  map: MapPosition | null;
  view: View;
  /** A location chosen for "near me"; only in a link when the person opts in. */
  near: { lat: number; lon: number } | null;
  /** A place chosen by name ("naples-it", or a GeoNames id): in links, as it names no one's position. */
  place: string | null;
  radiusKm: number | null;
  embed: boolean;
  /** The language the link asks for; null to follow the person's own choice or browser. */
  lang: Language | null;
}

export const EMPTY_FILTERS: Filters = {
  trials: [],
  countries: [],
  statuses: [],
  phases: [],
  q: '',
  conditions: [],
  age: null,
  sex: null,
};

export const DEFAULT_VIEW_STATE: ViewState = {
  ...EMPTY_FILTERS,
  dataset: null,
  site: null,
  details: null,
  map: null,
  view: 'map',
  near: null,
  place: null,
  radiusKm: null,
  embed: false,
  lang: null,
};
