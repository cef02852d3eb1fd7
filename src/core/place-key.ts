// How a link names a place chosen by name: "naples-it" (its name and country), or its GeoNames id where the
// name alone would open another place (a smaller namesake in the same country) or has no Latin letters.
import type { GazetteerFile } from './gazetteer-format';
import { foldName } from './text-fold';

/** "Naples", "IT" → "naples-it"; "" when the name has no Latin letters or digits. */
function slug(name: string, country: string): string {
  const words = foldName(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length ? [...words, country.toLowerCase()].join('-') : '';
}

/** The row a key names: a GeoNames id, or the most populous place of that name and country; -1 if none. */
export function findPlaceByKey(file: GazetteerFile, key: string): number {
  if (/^\d+$/.test(key)) return file.geonameId.indexOf(Number(key));
  let best = -1;
  for (let row = 0; row < file.name.length; row++) {
    if (!key.endsWith(`-${file.country[row]!.toLowerCase()}`)) continue;
    if (slug(file.name[row]!, file.country[row]!) !== key) continue;
    if (best === -1 || file.population[row]! > file.population[best]!) best = row;
  }
  return best;
}

/** The key for a row: its readable name when that opens this very place, else its GeoNames id. */
export function placeKey(file: GazetteerFile, row: number): string {
  const name = slug(file.name[row]!, file.country[row]!);
  return name && findPlaceByKey(file, name) === row ? name : String(file.geonameId[row]);
}
