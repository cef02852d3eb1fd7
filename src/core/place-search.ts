// Place-name autocomplete over the gazetteer: accent- and case-insensitive, on a name's start or any word in
// it, across the local and alternate names ("München", "Munich", "Monaco di Baviera"), biggest places first.
import { countryName } from './countries';
import type { GazetteerFile } from './gazetteer-format';
import { foldName } from './text-fold';

export interface PlaceIndex {
  file: GazetteerFile;
  /** Folded names, and the rest of a name from each later word ("am main" of "frankfurt am main"). */
  keys: string[];
  keyPlace: Uint32Array;
  /** 0 for the GeoNames name, i for the i-th alternate name. */
  keyName: Uint16Array;
  /** 1 when the key starts at a later word of the name. */
  keyLaterWord: Uint8Array;
  /** Key numbers by the first two letters of the key, so a query reads only the keys that can match. */
  buckets: Map<string, number[]>;
}

export interface PlaceMatch {
  /** Row in the gazetteer. */
  place: number;
  geonameId: number;
  name: string;
  /** The alternate name that matched ("München" for "munch"), null when the GeoNames name did. */
  matchedName: string | null;
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
}

const BUCKET = 2;

const UMLAUTS = /[äöüÄÖÜ]/g;
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** A name folded, and for German umlauts also as typed without them: "Köln" is "koln" and "koeln". */
function spellings(name: string): string[] {
  const folded = foldName(name);
  if (!/[äöüÄÖÜ]/.test(name)) return [folded];
  return [folded, foldName(name.replace(UMLAUTS, (letter) => UMLAUT_SPELLING[letter] ?? letter))];
}

/** Builds the search keys once, when place search is first used. */
export function buildPlaceIndex(file: GazetteerFile): PlaceIndex {
  const keys: string[] = [];
  const places: number[] = [];
  const names: number[] = [];
  const laterWords: number[] = [];
  const add = (key: string, place: number, name: number, laterWord: number) => {
    keys.push(key);
    places.push(place);
    names.push(name);
    laterWords.push(laterWord);
  };
  for (let place = 0; place < file.name.length; place++) {
    const alternates = file.alt[place] ? file.alt[place]!.split('|') : [];
    const seen = new Set<string>();
    [file.name[place]!, ...alternates].forEach((name, nameIndex) => {
      for (const folded of spellings(name)) {
        if (folded === '' || seen.has(folded)) continue;
        seen.add(folded);
        add(folded, place, nameIndex, 0);
        for (let i = folded.indexOf(' '); i !== -1; i = folded.indexOf(' ', i + 1)) {
          add(folded.slice(i + 1), place, nameIndex, 1);
        }
      }
    });
  }
  const buckets = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const prefix = key.slice(0, BUCKET);
    let bucket = buckets.get(prefix);
    if (!bucket) buckets.set(prefix, (bucket = []));
    bucket.push(index);
  });
  return {
    file,
    keys,
    keyPlace: Uint32Array.from(places),
    keyName: Uint16Array.from(names),
    keyLaterWord: Uint8Array.from(laterWords),
    buckets,
  };
}

function candidateKeys(index: PlaceIndex, folded: string): Iterable<number> {
  if (folded.length >= BUCKET) return index.buckets.get(folded.slice(0, BUCKET)) ?? [];
  const lists: number[][] = [];
  for (const [prefix, list] of index.buckets) if (prefix.startsWith(folded)) lists.push(list);
  return lists.flat();
}

/** "springfield, il" → the place part and what must match its division or country ("il"). */
function splitQualifier(query: string): { place: string; qualifier: string } {
  const comma = query.indexOf(',');
  if (comma === -1) return { place: foldName(query), qualifier: '' };
  return { place: foldName(query.slice(0, comma)), qualifier: foldName(query.slice(comma + 1)) };
}

function matchesQualifier(file: GazetteerFile, place: number, qualifier: string): boolean {
  if (qualifier === '') return true;
  const country = file.country[place] ?? '';
  return [file.admin1[place] ?? '', country, countryName(country)].some((text) =>
    foldName(text).startsWith(qualifier),
  );
}

/**
 * Places whose name or alternate name starts with the query, or has a word that does. Exact names first,
 * then names that start with the query, then later-word matches; the more people live there, the earlier.
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): PlaceMatch[] {
  const { place: folded, qualifier } = splitQualifier(query);
  if (folded === '' || limit <= 0) return [];
  const { file, keys, keyPlace, keyName, keyLaterWord } = index;
  // Best (lowest) rank per place, and the name that earned it.
  const best = new Map<number, { rank: number; name: number }>();
  for (const k of candidateKeys(index, folded)) {
    const key = keys[k]!;
    if (!key.startsWith(folded)) continue;
    const place = keyPlace[k]!;
    const rank = keyLaterWord[k] ? 2 : key.length === folded.length ? 0 : 1;
    const previous = best.get(place);
    if (previous && (previous.rank < rank || (previous.rank === rank && previous.name <= keyName[k]!)))
      continue;
    best.set(place, { rank, name: keyName[k]! });
  }
  const ranked = [...best.entries()]
    .filter(([place]) => matchesQualifier(file, place, qualifier))
    .sort(
      ([a, x], [b, y]) =>
        x.rank - y.rank ||
        file.population[b]! - file.population[a]! ||
        file.geonameId[a]! - file.geonameId[b]!,
    )
    .slice(0, limit);
  const typed = query.split(',')[0]!.trim().normalize('NFC').toLowerCase();
  return ranked.map(([place, { name }]) => ({
    place,
    geonameId: file.geonameId[place]!,
    name: file.name[place]!,
    matchedName: matchedSpelling(file, place, name, typed),
    country: file.country[place]!,
    admin1: file.admin1[place]!,
    lat: file.lat[place]!,
    lon: file.lon[place]!,
    population: file.population[place]!,
  }));
}

/**
 * The alternate name that matched, in the spelling closest to what was typed: the gazetteer keeps spellings
 * that differ only in accents ("Napoli", "Napólí"), and echoing the person's own reads best.
 */
function matchedSpelling(
  file: GazetteerFile,
  place: number,
  nameIndex: number,
  typed: string,
): string | null {
  if (nameIndex === 0) return null;
  const alternates = file.alt[place]!.split('|');
  const folded = foldName(alternates[nameIndex - 1] ?? '');
  const spellings = alternates.filter((alternate) => foldName(alternate) === folded);
  return spellings.find((spelling) => spelling.toLowerCase().includes(typed)) ?? spellings[0] ?? null;
}

/** "Springfield, IL, United States"; "Munich, Germany". */
export function placeLabel(match: Pick<PlaceMatch, 'name' | 'admin1' | 'country'>): string {
  return placeLabelIn(match, countryName);
}

/** The same label with the country named by the caller (in the language shown). */
export function placeLabelIn(
  match: Pick<PlaceMatch, 'name' | 'admin1' | 'country'>,
  nameOfCountry: (code: string) => string,
): string {
  return [match.name, match.admin1, nameOfCountry(match.country)].filter(Boolean).join(', ');
}
