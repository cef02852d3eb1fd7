// What a link asked for that could not be used, as a kind and the values involved: core stays free of any
// language, and the app words each notice in the language shown (src/app/i18n/link-notice-words.ts).
import { wellFormed } from './values';

/** Parameters whose value did not parse and was left out. */
export type InvalidParam =
  'dataset' | 'map' | 'age' | 'sex' | 'view' | 'place' | 'near' | 'radius' | 'embed' | 'lang';

export type LinkNotice =
  /** A parameter given more than once: the first was used. */
  | { kind: 'repeated'; param: string; extra: number }
  /** Codes no country, status or phase has; `more` counts those past the ones shown. */
  | { kind: 'unknown-codes'; param: 'country' | 'status' | 'phase'; values: string[]; more: number }
  /** Ids or conditions the loaded dataset does not have (`details` is the open trial). */
  | {
      kind: 'not-in-dataset';
      param: 'trial' | 'site' | 'details' | 'condition';
      values: string[];
      more: number;
    }
  | { kind: 'invalid'; param: InvalidParam; value: string }
  /** A number out of range, and the one used instead. */
  | { kind: 'out-of-range'; param: 'zoom' | 'lat' | 'radius'; value: string; used: string }
  | { kind: 'query-cut'; max: number }
  | { kind: 'unknown-param'; value: string }
  | { kind: 'unreadable' }
  /** A place the place list does not have, or a place that could not be opened without the list. */
  | { kind: 'unknown-place' | 'places-unavailable'; value: string };

/** How many values a notice names before counting the rest. */
const SHOWN = 5;
const LONGEST = 40;

/** A value as a notice shows it: well-formed, on one line, at most 40 characters. */
export function shownValue(value: string): string {
  const clean = wellFormed(value).replace(/\s+/g, ' ').trim();
  const points = Array.from(clean);
  return points.length > LONGEST ? `${points.slice(0, LONGEST - 1).join('')}…` : clean;
}

/** The first few values, shown, and how many more there were. */
export function shownValues(values: readonly string[]): { values: string[]; more: number } {
  return { values: values.slice(0, SHOWN).map(shownValue), more: Math.max(0, values.length - SHOWN) };
}

/** The same notice twice is said once. */
export function noticeKey(notice: LinkNotice): string {
  return JSON.stringify(notice);
}
