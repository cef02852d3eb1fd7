// The browser gazetteer file (public/data/gazetteer.json): GeoNames places as parallel arrays, written by the
// pipeline and read by place search ("near me") and coverage statistics.
export const GAZETTEER_VERSION = 1;

export interface GazetteerFile {
  version: typeof GAZETTEER_VERSION;
  /** Credit line for GeoNames (CC BY 4.0). */
  attribution: string;
  geonameId: number[];
  /** The place's GeoNames name, e.g. "Munich". */
  name: string[];
  /** ISO 3166-1 alpha-2. */
  country: string[];
  /** First-level division name or code ("Bavaria", "CA"), '' when unknown. */
  admin1: string[];
  lat: number[];
  lon: number[];
  population: number[];
  /** Other names people type ("München|Muenchen|Monaco di Baviera"), '|'-separated, '' when none. */
  alt: string[];
}
