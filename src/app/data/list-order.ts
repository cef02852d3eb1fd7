// The site list's order (country name, city, site name, then row), as site-points.ts listOrder defines it, in
// linear time: ranks per distinct value, then three stable counting sorts, so a million rows sort in tens of ms.
// Country names and cities sort in the reader's language (its country names, its collator).
import { countryNameIn } from '../../core/countries';
import { collatorRanks, readingCollatorIn } from '../../core/collation';
import { siteDisplayName, unnamedSiteName, type SiteTable } from '../../core/site-table';

/** Stable counting sort of `rows` by key[row] (keys below `range`). */
function countingSort(rows: Uint32Array, key: Uint32Array, range: number): Uint32Array<ArrayBuffer> {
  const start = new Uint32Array(range + 1);
  for (let i = 0; i < rows.length; i++) start[key[rows[i]!]! + 1]!++;
  for (let k = 0; k < range; k++) start[k + 1]! += start[k]!;
  const out = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out[start[key[row]!]!++] = row;
  }
  return out;
}

/** The key of each row: rank[code[row]] (typed arrays, so each sort pass is a tight loop). */
function rowKeys(code: ArrayLike<number>, rank: Uint32Array): Uint32Array {
  const keys = new Uint32Array(code.length);
  for (let row = 0; row < code.length; row++) keys[row] = rank[code[row]!]!;
  return keys;
}

/** Each row's display name as an index into `names` (siteDisplayName), when the caller knows it cheaply. */
export interface NameCodes {
  nameOf: Uint32Array;
  names: string[];
}

/** Display names from the compact file's facility and site-number codes: no string per row is read. */
export function nameCodes(
  size: number,
  facility: { codes: ArrayLike<number>; dictionary: (string | null)[] },
  siteNumber: { codes: ArrayLike<number>; dictionary: (string | null)[] },
): NameCodes {
  const offset = facility.dictionary.length;
  const names = [
    ...facility.dictionary.map((name) => name ?? ''),
    ...siteNumber.dictionary.map(unnamedSiteName),
  ];
  const nameOf = new Uint32Array(size);
  for (let row = 0; row < size; row++) {
    const code = facility.codes[row]!;
    // As siteDisplayName: the facility when it has one, else the site number.
    nameOf[row] = facility.dictionary[code] ? code : offset + siteNumber.codes[row]!;
  }
  return { nameOf, names };
}

function namesByRow(table: SiteTable): NameCodes {
  const nameIndex = new Map<string, number>();
  const names: string[] = [];
  const nameOf = new Uint32Array(table.size);
  for (let row = 0; row < table.size; row++) {
    const name = siteDisplayName(table, row);
    let index = nameIndex.get(name);
    if (index === undefined) {
      nameIndex.set(name, (index = names.length));
      names.push(name);
    }
    nameOf[row] = index;
  }
  return { nameOf, names };
}

export function fastListOrder(
  table: SiteTable,
  given?: NameCodes,
  /** Precomputed collatorRanks(table.cities) in English, e.g. from sites.bin. */
  cityRanks?: Uint32Array | null,
  language = 'en',
): Uint32Array<ArrayBuffer> {
  const { nameOf, names } = given ?? namesByRow(table);
  const lower = names.map((name) => name.toLowerCase());
  const byName = lower.map((_, i) => i).sort((a, b) => (lower[a]! < lower[b]! ? -1 : lower[a]! > lower[b]! ? 1 : 0));
  const nameRank = new Uint32Array(names.length);
  byName.forEach((index, position) => {
    const previous = byName[position - 1];
    nameRank[index] = previous !== undefined && lower[previous] === lower[index] ? nameRank[previous]! : position;
  });
  const collator = readingCollatorIn(language);
  const countryRank = collatorRanks(
    table.countries.map((code) => countryNameIn(code, language)),
    collator,
  );
  const cityRank = (language === 'en' && cityRanks) || collatorRanks(table.cities, collator);
  let order = new Uint32Array(table.size);
  for (let row = 0; row < table.size; row++) order[row] = row;
  order = countingSort(order, rowKeys(nameOf, nameRank), names.length);
  order = countingSort(order, rowKeys(table.city, cityRank), table.cities.length);
  return countingSort(order, rowKeys(table.country, countryRank), table.countries.length);
}
