// The site list's order (country name, city, site name, then row), as site-points.ts listOrder defines it, in
// linear time: ranks per distinct value, then three stable counting sorts, so a million rows sort in tens of ms.
import { countryName } from '../../core/countries';
import { siteDisplayName, type SiteTable } from '../../core/site-table';

function collatorRanks(values: readonly string[]): Uint32Array {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const sorted = values.map((_, i) => i).sort((a, b) => collator.compare(values[a]!, values[b]!));
  const rank = new Uint32Array(values.length);
  // Like listOrder: values equal under the collator still get distinct ranks, in sort order.
  sorted.forEach((index, position) => (rank[index] = position));
  return rank;
}

/** Stable counting sort of `rows` by key[row] (keys below `range`). */
function countingSort(rows: Uint32Array, key: (row: number) => number, range: number): Uint32Array<ArrayBuffer> {
  const start = new Uint32Array(range + 1);
  for (let i = 0; i < rows.length; i++) start[key(rows[i]!) + 1]!++;
  for (let k = 0; k < range; k++) start[k + 1]! += start[k]!;
  const out = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out[start[key(row)]!++] = row;
  }
  return out;
}

export function fastListOrder(table: SiteTable): Uint32Array<ArrayBuffer> {
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
  const lower = names.map((name) => name.toLowerCase());
  const byName = lower.map((_, i) => i).sort((a, b) => (lower[a]! < lower[b]! ? -1 : lower[a]! > lower[b]! ? 1 : 0));
  const nameRank = new Uint32Array(names.length);
  byName.forEach((index, position) => {
    const previous = byName[position - 1];
    nameRank[index] = previous !== undefined && lower[previous] === lower[index] ? nameRank[previous]! : position;
  });
  const countryRank = collatorRanks(table.countries.map(countryName));
  const cityRank = collatorRanks(table.cities);
  let order = new Uint32Array(table.size);
  for (let row = 0; row < table.size; row++) order[row] = row;
  order = countingSort(order, (row) => nameRank[nameOf[row]!]!, names.length);
  order = countingSort(order, (row) => cityRank[table.city[row]!]!, table.cities.length);
  return countingSort(order, (row) => countryRank[table.country[row]!]!, table.countries.length);
}
