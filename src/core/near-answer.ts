// The near-me answer: the nearest enrolling sites within reach or, when there are none, the nearest sites of any
// status and how far the nearest enrolling one is, so the person knows what to do next.
import type { LatLon } from './distance';
import { NOT_YET_CAP } from './near-limits';
import { filterRows } from './filter';
import { nearestSites, type NearbySite, type NearestIndex } from './nearest';
import type { SiteTable } from './site-table';
import { STATUS_GROUPS } from './status';
import type { Filters } from './view-state';

const ENROLLING = STATUS_GROUPS.indexOf('enrolling');
const NOT_YET = STATUS_GROUPS.indexOf('not-yet');

export interface NearAnswerQuery {
  from: LatLon;
  /** null for any distance. */
  radiusKm: number | null;
  /** Rows the person's filters leave (1 = kept); null for all rows. */
  candidates: Uint8Array | null;
  /** How many sites to list (the first is "the nearest"). */
  limit: number;
}

export interface NearAnswer {
  /** Enrolling sites within the radius, nearest first. */
  enrolling: NearbySite[];
  /** When none within the radius is enrolling: the nearest sites of any status within it. */
  others: NearbySite[];
  /** When none within the radius is enrolling: the nearest enrolling site farther away, if any. */
  enrollingBeyond: NearbySite | null;
  /** When no site at all is within the radius: the nearest one farther away, if any. */
  nearestBeyond: NearbySite | null;
  /** Not-yet-recruiting sites within the radius (they may open soon), counted up to NOT_YET_CAP + 1. */
  notYetWithin: number;
}

/** Counting every not-yet-recruiting site in a wide radius of a million would be slow, and "over 50" says enough. */

// Per filters object (the store replaces it on every change), so repeated queries skip the pass over all rows.
const candidateCache = new WeakMap<SiteTable, WeakMap<Filters, Map<boolean, Uint8Array | null>>>();

/**
 * The rows the answer may name: those the filters leave, except that the status filter never applies (the
 * answer sorts by status itself) and the country filter applies only when the person keeps to it. null when
 * every row qualifies. `matchText` gives the per-row match of the text query (null when there is none).
 */
export function nearCandidates(
  table: SiteTable,
  filters: Filters,
  crossBorders: boolean,
  matchText: (q: string) => Uint8Array | null,
): Uint8Array | null {
  let byFilters = candidateCache.get(table);
  if (!byFilters) candidateCache.set(table, (byFilters = new WeakMap()));
  let byBorders = byFilters.get(filters);
  if (!byBorders) byFilters.set(filters, (byBorders = new Map()));
  const cached = byBorders.get(crossBorders);
  if (cached !== undefined) return cached;
  const relevant = { ...filters, statuses: [], countries: crossBorders ? [] : filters.countries };
  let candidates: Uint8Array | null = null;
  const { trials, countries, phases, q } = relevant;
  if (trials.length || countries.length || phases.length || q.trim()) {
    candidates = new Uint8Array(table.size);
    for (const row of filterRows(table, relevant, q.trim() ? matchText(q) : null)) candidates[row] = 1;
  }
  byBorders.set(crossBorders, candidates);
  return candidates;
}

interface CandidateCounts {
  kept: number;
  enrolling: number;
  notYet: number;
}

const countCache = new WeakMap<object, CandidateCounts>();

function candidateCounts(table: SiteTable, candidates: Uint8Array | null): CandidateCounts {
  const key = candidates ?? table;
  const cached = countCache.get(key);
  if (cached) return cached;
  const counts = { kept: 0, enrolling: 0, notYet: 0 };
  for (let row = 0; row < table.size; row++) {
    if (candidates && candidates[row] !== 1) continue;
    counts.kept++;
    if (table.group[row] === ENROLLING) counts.enrolling++;
    else if (table.group[row] === NOT_YET) counts.notYet++;
  }
  countCache.set(key, counts);
  return counts;
}

export function nearAnswer(index: NearestIndex, query: NearAnswerQuery): NearAnswer {
  const { table } = index;
  const { from, radiusKm, candidates, limit } = query;
  const kept = candidates ? (row: number) => candidates[row] === 1 : () => true;
  // Counting first spares a search through every point when nothing can match (a completed trial).
  const {
    kept: keptCount,
    enrolling: enrollingCount,
    notYet: notYetCount,
  } = candidateCounts(table, candidates);
  const enrollingRow = (row: number) => kept(row) && table.group[row] === ENROLLING;
  const enrolling = enrollingCount
    ? nearestSites(index, { from, radiusKm, limit, accept: enrollingRow })
    : [];
  const answer: NearAnswer = {
    enrolling,
    others: [],
    enrollingBeyond: null,
    nearestBeyond: null,
    notYetWithin: 0,
  };
  if (notYetCount && radiusKm !== null) {
    const notYetRow = (row: number) => kept(row) && table.group[row] === NOT_YET;
    answer.notYetWithin = nearestSites(index, {
      from,
      radiusKm,
      limit: NOT_YET_CAP + 1,
      accept: notYetRow,
    }).length;
  } else answer.notYetWithin = notYetCount;
  if (enrolling.length > 0 || keptCount === 0) return answer;

  answer.others = nearestSites(index, { from, radiusKm, limit, accept: kept });
  if (radiusKm !== null && enrollingCount) {
    answer.enrollingBeyond = nearestSites(index, { from, limit: 1, accept: enrollingRow })[0] ?? null;
  }
  if (answer.others.length === 0) {
    answer.nearestBeyond = nearestSites(index, { from, limit: 1, accept: kept })[0] ?? null;
  }
  return answer;
}
