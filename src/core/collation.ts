// How people expect names ordered: English collation with case and accents aside (the list order, the
// coverage table's default); the language's own collator is used where the app knows the reader's language.

export const readingCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Positions of values sorted as people read them (readingCollator); ties keep their order. */
export function collatorRanks(values: readonly string[]): Uint32Array {
  const sorted = values.map((_, i) => i).sort((a, b) => readingCollator.compare(values[a]!, values[b]!));
  const rank = new Uint32Array(values.length);
  sorted.forEach((index, position) => (rank[index] = position));
  return rank;
}
