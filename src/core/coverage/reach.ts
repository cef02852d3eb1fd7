// Population within reach of the filtered sites, and the large cities left out (gaps), from the gazetteer.
import { countryName } from '../countries';
import { isWithin, nearestPoint, sitePoints, type SitePoints } from './points';
import type { GazetteerFile } from '../gazetteer-format';
import type { SiteTable } from '../site-table';

export const RADIUS_CHOICES_KM = [50, 100, 200] as const;
export const DEFAULT_GAP_MIN_POPULATION = 250_000;

export interface CountryReach {
  country: string;
  name: string;
  populationWithinReach: number;
  /** Population of all the country's gazetteer places. */
  listedPopulation: number;
  /** Null when the gazetteer lists no populated place for the country (nothing to divide by). */
  share: number | null;
  placesWithinReach: number;
  listedPlaces: number;
}

export interface PopulationReach {
  radiusKm: number;
  /** Covered countries (at least one filtered site), by name. */
  countries: CountryReach[];
  total: Omit<CountryReach, 'country' | 'name'>;
}

/** Countries with at least one filtered site, as ISO codes. */
export function coveredCountries(table: SiteTable, rows: Uint32Array): Set<string> {
  const seen = new Uint8Array(table.countries.length);
  for (const row of rows) seen[table.country[row] ?? 0] = 1;
  return new Set(table.countries.filter((_, index) => seen[index] === 1));
}

function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function populationWithinReach(
  table: SiteTable,
  rows: Uint32Array,
  gazetteer: GazetteerFile,
  radiusKm: number,
  points: SitePoints = sitePoints(table, rows),
): PopulationReach {
  const covered = coveredCountries(table, rows);
  const byCountry = new Map<string, CountryReach>();
  for (const code of covered) {
    byCountry.set(code, {
      country: code,
      name: countryName(code),
      populationWithinReach: 0,
      listedPopulation: 0,
      share: null,
      placesWithinReach: 0,
      listedPlaces: 0,
    });
  }
  gazetteer.country.forEach((code, place) => {
    const reach = byCountry.get(code);
    const population = gazetteer.population[place] ?? 0;
    if (!reach || !(population > 0)) return;
    reach.listedPopulation += population;
    reach.listedPlaces += 1;
    if (isWithin(points, gazetteer.lat[place] ?? 0, gazetteer.lon[place] ?? 0, radiusKm)) {
      reach.populationWithinReach += population;
      reach.placesWithinReach += 1;
    }
  });

  const countries = [...byCountry.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const total = {
    populationWithinReach: 0,
    listedPopulation: 0,
    share: null,
    placesWithinReach: 0,
    listedPlaces: 0,
  };
  for (const reach of countries) {
    reach.share = shareOf(reach.populationWithinReach, reach.listedPopulation);
    total.populationWithinReach += reach.populationWithinReach;
    total.listedPopulation += reach.listedPopulation;
    total.placesWithinReach += reach.placesWithinReach;
    total.listedPlaces += reach.listedPlaces;
  }
  return {
    radiusKm,
    countries,
    total: { ...total, share: shareOf(total.populationWithinReach, total.listedPopulation) },
  };
}

export interface CoverageGap {
  geonameId: number;
  name: string;
  country: string;
  admin1: string;
  population: number;
  lat: number;
  lon: number;
  /** Distance to the nearest filtered site, or null when no filtered site has coordinates. */
  nearestKm: number | null;
  /** A filtered row at the nearest site point, or null as above. */
  nearestRow: number | null;
}

/** Cities of at least minPopulation in the covered countries, farther than radiusKm from every site; largest first. */
export function coverageGaps(
  table: SiteTable,
  rows: Uint32Array,
  gazetteer: GazetteerFile,
  radiusKm: number,
  minPopulation: number = DEFAULT_GAP_MIN_POPULATION,
  points: SitePoints = sitePoints(table, rows),
): CoverageGap[] {
  const covered = coveredCountries(table, rows);
  const gaps: CoverageGap[] = [];
  gazetteer.country.forEach((code, place) => {
    const population = gazetteer.population[place] ?? 0;
    if (population < minPopulation || !covered.has(code)) return;
    const lat = gazetteer.lat[place] ?? 0;
    const lon = gazetteer.lon[place] ?? 0;
    const nearest = nearestPoint(points, lat, lon);
    if (nearest && nearest.km <= radiusKm) return;
    gaps.push({
      geonameId: gazetteer.geonameId[place] ?? 0,
      name: gazetteer.name[place] ?? '',
      country: code,
      admin1: gazetteer.admin1[place] ?? '',
      population,
      lat,
      lon,
      nearestKm: nearest ? nearest.km : null,
      nearestRow: nearest ? (points.firstRow[nearest.point] ?? null) : null,
    });
  });
  return gaps.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en'));
}
