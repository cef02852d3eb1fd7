// Fetches the place-search gazetteer on first use (it is the largest file the app reads) and indexes it once.
// zod/mini: the functional build that tree-shakes, since this module is part of the app shell.
import * as z from 'zod/mini';
import { GAZETTEER_VERSION, type GazetteerFile } from '../../core/gazetteer-format';
import { buildPlaceIndex, type PlaceIndex } from '../../core/place-search';

/**
 * A column of the file: a list whose every value passes `is`, checked in one loop. An item schema per value
 * (z.array(z.number())) took about 40 ms over the eight columns of 26,000 places, as the offline map's town
 * names load.
 */
const column = <T>(is: (value: unknown) => value is T, what: string) =>
  z.custom<T[]>((value) => Array.isArray(value) && value.every(is), `expected a list of ${what}`);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

const gazetteerSchema = z
  .object({
    version: z.literal(GAZETTEER_VERSION),
    attribution: z.string(),
    geonameId: column(isNumber, 'numbers'),
    name: column(isString, 'texts'),
    country: column(isString, 'texts'),
    admin1: column(isString, 'texts'),
    lat: column(isNumber, 'numbers'),
    lon: column(isNumber, 'numbers'),
    population: column(isNumber, 'numbers'),
    alt: column(isString, 'texts'),
  })
  .check(
    z.refine(
      (file) =>
        [file.name, file.country, file.admin1, file.lat, file.lon, file.population, file.alt].every(
          (column) => column.length === file.geonameId.length,
        ),
      'the columns have different lengths',
    ),
  );

export function gazetteerUrl(base: string = import.meta.env.BASE_URL): string {
  return `${base}data/gazetteer.json`;
}

export function parseGazetteer(json: unknown, url: string): GazetteerFile {
  const result = gazetteerSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${url} is not a place list this version reads (${issue?.path.join('.') || 'file'}: ${issue?.message}).`);
  }
  return result.data as GazetteerFile;
}

export async function loadPlaceIndex(fetchImpl: typeof fetch = fetch): Promise<PlaceIndex> {
  return buildPlaceIndex(await fetchGazetteer(fetchImpl));
}

/** The place list as published (the coverage statistics read its populations in the site worker). */
export async function fetchGazetteer(fetchImpl: typeof fetch = fetch): Promise<GazetteerFile> {
  const url = gazetteerUrl();
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new Error('The list of places could not be downloaded. Check the connection and try again.');
  }
  if (!response.ok) throw new Error(`The list of places could not be loaded (${url} answered ${response.status}).`);
  return parseGazetteer(await response.json(), url);
}

let shared: Promise<PlaceIndex> | null = null;

/** One download and one index per page; a failed attempt can be retried. */
export function placeIndexOnce(
  load: () => Promise<PlaceIndex> = () => loadPlaceIndex(),
): Promise<PlaceIndex> {
  shared ??= load().catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
