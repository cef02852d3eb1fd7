// How people expect names ordered: English collation with case and accents aside (the list order, the
// coverage table's default); the language's own collator is used where the app knows the reader's language.

export const readingCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** The same collation for a reader of `language` ("Ö" among the O names in German, "Ł" after "L" in Polish). */
export function readingCollatorIn(language: string): Intl.Collator {
  return language === 'en' ? readingCollator : new Intl.Collator(language, { sensitivity: 'base' });
}

/** Positions of values sorted as people read them (readingCollator by default); ties keep their order. */
export function collatorRanks(
  values: readonly string[],
  collator: Intl.Collator = readingCollator,
): Uint32Array {
  const sorted = values.map((_, i) => i).sort((a, b) => collator.compare(values[a]!, values[b]!));
  const rank = new Uint32Array(values.length);
  sorted.forEach((index, position) => (rank[index] = position));
  return rank;
}
