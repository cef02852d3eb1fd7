// The near-me answer: the nearest enrolling sites within reach or, when there are none, the nearest sites of any
// status and how far the nearest enrolling one is, so the person knows what to do next.
import type { LatLon } from './distance';
import { nearestSites, type NearbySite, type NearestIndex } from './nearest';
import { STATUS_GROUPS } from './status';

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
  /** Not-yet-recruiting sites within the radius (they may open soon). */
  notYetWithin: number;
}

export function nearAnswer(index: NearestIndex, query: NearAnswerQuery): NearAnswer {
  const { table } = index;
  const { from, radiusKm, candidates, limit } = query;
  const kept = candidates ? (row: number) => candidates[row] === 1 : () => true;
  // Counting first spares a search through every point when nothing can match (a completed trial).
  let keptCount = 0;
  let enrollingCount = 0;
  let notYetCount = 0;
  for (let row = 0; row < table.size; row++) {
    if (!kept(row)) continue;
    keptCount++;
    if (table.group[row] === ENROLLING) enrollingCount++;
    else if (table.group[row] === NOT_YET) notYetCount++;
  }
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
    answer.notYetWithin = nearestSites(index, { from, radiusKm, accept: notYetRow }).length;
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
