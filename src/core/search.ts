// Text search over a SiteTable: every word of the query must appear in the site's facility, city, or its
// trial's title, NCT ID or organisation study IDs (case and accents folded, so "munster" finds "Münster").
import type { SiteTable } from './site-table';
import { foldName } from './text-fold';

/** Folded searchable text, computed once per table so that each query only scans strings. */
export interface SearchIndex {
  /** Per row: folded facility name and site number ("" when none). */
  facility: string[];
  /** Per entry of table.cities. */
  cities: string[];
  /** Per trial: folded title, NCT ID and org study IDs. */
  trials: string[];
}

/** Per trial: its title, NCT ID, id and organisation study IDs, folded, between spaces (a word follows a space). */
export function trialSearchTexts(table: SiteTable): string[] {
  return table.trials.map(
    (trial) => ` ${foldName([trial.title, trial.nctId ?? '', trial.id, ...trial.orgStudyIds].join(' '))} `,
  );
}

/** `trials`: the table's trialSearchTexts, when they are made already. */
export function buildSearchIndex(table: SiteTable, trials = trialSearchTexts(table)): SearchIndex {
  const facility = new Array<string>(table.size);
  const folded = new Map<string, string>();
  for (let row = 0; row < table.size; row++) {
    const name = table.facility[row] ?? '';
    const number = table.siteNumber[row] ?? '';
    const key = `${name}\u0000${number}`;
    let value = folded.get(key);
    if (value === undefined) {
      value = ` ${foldName(`${name} ${number}`)} `;
      folded.set(key, value);
    }
    facility[row] = value;
  }
  return {
    facility,
    cities: table.cities.map((city) => ` ${foldName(city)} `),
    trials,
  };
}

/** The query's folded words; empty when the query has no letters or digits. */
export function queryWords(q: string): string[] {
  const folded = foldName(q);
  return folded ? folded.split(' ') : [];
}

/**
 * Positions of the texts (folded, between spaces, as trialSearchTexts makes them) that hold every word of q at the
 * start of one of their words; null when q has no words.
 */
export function textsMatching(texts: readonly string[], q: string): number[] | null {
  const words = queryWords(q).map((word) => ` ${word}`);
  if (words.length === 0) return null;
  const found: number[] = [];
  texts.forEach((text, i) => words.every((word) => text.includes(word)) && found.push(i));
  return found;
}

/**
 * Per row, 1 when the site matches every word of q (as a word prefix: "frank" finds "Frankfurt", "203"
 * finds "MT103-203"); null when q has no words, meaning "no text filter".
 */
export function matchText(table: SiteTable, index: SearchIndex, q: string): Uint8Array | null {
  const words = queryWords(q).map((word) => ` ${word}`);
  if (words.length === 0) return null;
  const cityHits = words.map((word) =>
    Uint8Array.from(index.cities, (text) => (text.includes(word) ? 1 : 0)),
  );
  const trialHits = words.map((word) =>
    Uint8Array.from(index.trials, (text) => (text.includes(word) ? 1 : 0)),
  );
  const result = new Uint8Array(table.size);
  for (let row = 0; row < table.size; row++) {
    const city = table.city[row] ?? 0;
    const trial = table.trial[row] ?? 0;
    const facility = index.facility[row] ?? '';
    let all = 1;
    for (let w = 0; w < words.length; w++) {
      if (cityHits[w]![city] || trialHits[w]![trial] || facility.includes(words[w]!)) continue;
      all = 0;
      break;
    }
    result[row] = all;
  }
  return result;
}
