// Builds the browser gazetteer (public/data/gazetteer.json) from GeoNames: the cities and towns of Europe and the
// United States with the names people type, small enough to load on demand.
import { existsSync, readFileSync } from 'node:fs';
import { GAZETTEER_VERSION, type GazetteerFile } from '../core/gazetteer-format';
import { datasetSchema } from '../core/schema';
import { foldName } from '../core/text-fold';
import { readGeoNames, type GeoPlace } from './geonames';

/** Europe (geographically, with the microstates and dependencies), plus the United States. */
export const DEFAULT_COUNTRIES = [
  ...['AD', 'AL', 'AT', 'AX', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FO'],
  ...['FR', 'GB', 'GG', 'GI', 'GR', 'HR', 'HU', 'IE', 'IM', 'IS', 'IT', 'JE', 'LI', 'LT', 'LU', 'LV', 'MC'],
  ...['MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'RU', 'SE', 'SI', 'SK', 'SM', 'UA', 'VA'],
  ...['XK', 'US'],
];

/** Towns this small are left out: they are many, and a person can type the next town instead. */
export const DEFAULT_MIN_POPULATION = 5000;

export const ATTRIBUTION = 'Place names: GeoNames (geonames.org), CC BY 4.0';

// Populated places, without sections of cities (their people are counted in the city; coverage sums
// populations) and without historical, abandoned or destroyed places.
const FEATURE_CODES = new Set([
  'PPL',
  'PPLA',
  'PPLA2',
  'PPLA3',
  'PPLA4',
  'PPLA5',
  'PPLC',
  'PPLG',
  'PPLS',
  'PPLF',
]);

// Scripts other than Latin that a country's own people write its place names in.
const LOCAL_SCRIPTS: Record<string, RegExp> = {
  GR: /^[\p{Script=Greek}\s'.-]+$/u,
  CY: /^[\p{Script=Greek}\s'.-]+$/u,
  ...Object.fromEntries(
    ['BG', 'BY', 'MK', 'RS', 'RU', 'UA', 'ME', 'BA'].map((code) => [code, /^[\p{Script=Cyrillic}\s'.-]+$/u]),
  ),
};
const LATIN = /^[\p{Script=Latin}\s'’.()-]+$/u;
// GeoNames also lists romanizations of the name in other languages' scripts, all lower case ("mi'unikha",
// "fa lan ke fu"), and names with a foreign word for "city" in front; nobody types these for a European town.
// "Municipality of …" and the like are descriptions rather than names.
const UNTYPED =
  /^(?:[^\p{Lu}]*|(?:Lungsod ng|Dakbayan sa|Kota|Bandar|Mji wa|City of|Town of) .*|Municip.*)$/u;

export interface GazetteerOptions {
  countries: Iterable<string>;
  minPopulation: number;
  /** Places kept whatever their population: those the dataset's sites are geocoded to. */
  keepIds?: Iterable<number>;
}

/**
 * The alternate names worth keeping: Latin-script names and names in the country's own script, without
 * codes ("FRA", "MUC") or descriptions. Spellings that differ only in accents are all kept ("Napoli" and
 * "Napólí"), so that the list can echo the spelling the person typed.
 */
export function typedNames(place: GeoPlace): string[] {
  const local = LOCAL_SCRIPTS[place.country];
  const own = new Set([foldName(place.name), foldName(place.asciiName)]);
  const kept = new Map<string, { key: string; name: string }>();
  for (const raw of place.alternateNames) {
    const name = raw.trim();
    if (name.length < 2 || name.length > 60) continue;
    if (/^[A-Z0-9]{2,4}$/.test(name) || /\d/.test(name)) continue;
    if (!LATIN.test(name) && !local?.test(name)) continue;
    if (LATIN.test(name) && UNTYPED.test(name)) continue;
    const key = foldName(name);
    const spelling = name.normalize('NFC');
    if (key === '' || own.has(key) || kept.has(spelling.toLowerCase())) continue;
    kept.set(spelling.toLowerCase(), { key, name: spelling });
  }
  return [...kept.values()]
    .sort((x, y) => compare(x.key, y.key) || compare(x.name, y.name))
    .map((x) => x.name);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// GeoNames uses letter codes for the first-level divisions of some countries (US states "CA", Swiss cantons
// "ZH", the nations of the United Kingdom) and numbers elsewhere ("02"), which mean nothing to a reader.
const UK_NATIONS: Record<string, string> = {
  ENG: 'England',
  SCT: 'Scotland',
  WLS: 'Wales',
  NIR: 'Northern Ireland',
};

export function admin1Label(place: GeoPlace): string {
  if (place.country === 'GB') return UK_NATIONS[place.admin1] ?? '';
  return /^[A-Z]{2,3}$/.test(place.admin1) ? place.admin1 : '';
}

export function buildGazetteer(places: readonly GeoPlace[], options: GazetteerOptions): GazetteerFile {
  const countries = new Set(options.countries);
  const keep = new Set(options.keepIds ?? []);
  const chosen = places
    .filter(
      (place) =>
        Number.isFinite(place.lat) &&
        Number.isFinite(place.lon) &&
        (keep.has(place.geonameId) ||
          (countries.has(place.country) &&
            FEATURE_CODES.has(place.featureCode) &&
            place.population >= options.minPopulation)),
    )
    .sort((a, b) => a.geonameId - b.geonameId);
  const file: GazetteerFile = {
    version: GAZETTEER_VERSION,
    attribution: ATTRIBUTION,
    geonameId: [],
    name: [],
    country: [],
    admin1: [],
    lat: [],
    lon: [],
    population: [],
    alt: [],
  };
  for (const place of chosen) {
    file.geonameId.push(place.geonameId);
    file.name.push(place.name);
    file.country.push(place.country);
    file.admin1.push(admin1Label(place));
    // Five decimals are about a metre, finer than city-level geocoding needs.
    file.lat.push(Math.round(place.lat * 1e5) / 1e5);
    file.lon.push(Math.round(place.lon * 1e5) / 1e5);
    file.population.push(place.population);
    file.alt.push(typedNames(place).join('|'));
  }
  return file;
}

/** One line per column: stable bytes for the same input, and readable diffs when GeoNames changes. */
export function serializeGazetteer(file: GazetteerFile): string {
  const lines = Object.entries(file).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The countries and places of a dataset's sites, so that every site's own city can be typed. */
export function datasetPlaces(datasetFile: string): { countries: string[]; geonameIds: number[] } {
  if (!existsSync(datasetFile)) return { countries: [], geonameIds: [] };
  const parsed = datasetSchema.safeParse(JSON.parse(readFileSync(datasetFile, 'utf8')));
  if (!parsed.success) throw new Error(`${datasetFile}: not a valid dataset: ${parsed.error.message}`);
  const sites = parsed.data.sites;
  return {
    countries: [...new Set(sites.map((site) => site.country))].sort(),
    geonameIds: [...new Set(sites.flatMap((site) => site.geocode.geonameId ?? []))].sort((a, b) => a - b),
  };
}

export interface ExportOptions {
  geonamesFile?: string;
  /** The embedded dataset, whose countries and places are added; skipped when the file is absent. */
  datasetFile: string;
  minPopulation?: number;
}

/** The gazetteer file's exact text, as `npm run data:gazetteer` writes it. */
export function exportGazetteer(options: ExportOptions): string {
  const sites = datasetPlaces(options.datasetFile);
  const file = buildGazetteer(readGeoNames(options.geonamesFile), {
    countries: [...DEFAULT_COUNTRIES, ...sites.countries],
    minPopulation: options.minPopulation ?? DEFAULT_MIN_POPULATION,
    keepIds: sites.geonameIds,
  });
  return serializeGazetteer(file);
}
