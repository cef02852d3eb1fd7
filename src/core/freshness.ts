// How fresh a dataset is, and when a trial's status may be out of date: ClinicalTrials.gov's
// statusVerifiedDate more than 12 months before the data date (a 2017 audit found about a third of
// registered statuses stale or wrong).
import type { BuiltFrom } from './schema';

/**
 * The day the data describes: the day it was fetched from the registry (the statuses are the registry's as
 * of then), else, for a dataset built from files, its newest record update; null when unknown.
 */
export function dataDate(builtFrom: BuiltFrom | null | undefined): string | null {
  return builtFrom?.fetch?.fetchedAt.slice(0, 10) ?? builtFrom?.lastUpdatePosted ?? null;
}

/** Months a verification may age before the data date until the status is flagged. */
export const STALE_AFTER_MONTHS = 12;

/**
 * True when the status was last verified more than 12 months before the data date. Partial dates get the
 * benefit of the doubt (a verification in "2025-03" may be as late as 31 March), and an unknown date is
 * never flagged: the mark says "may be out of date", so it is shown only when that is certain.
 */
export function statusMayBeStale(statusVerifiedDate: string | null, asOf: string | null): boolean {
  if (!statusVerifiedDate || !asOf) return false;
  const verified = periodEnd(statusVerifiedDate);
  const data = periodStart(asOf);
  if (!verified || !data) return false;
  const limit = new Date(Date.UTC(verified.year, verified.month - 1 + STALE_AFTER_MONTHS, verified.day));
  return limit.getTime() < Date.UTC(data.year, data.month - 1, data.day);
}

type Day = { year: number; month: number; day: number };

function parts(date: string): [number, number | null, number | null] | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return null;
  return [Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null];
}

function periodStart(date: string): Day | null {
  const p = parts(date);
  return p && { year: p[0], month: p[1] ?? 1, day: p[2] ?? 1 };
}

function periodEnd(date: string): Day | null {
  const p = parts(date);
  if (!p) return null;
  const month = p[1] ?? 12;
  const lastDay = new Date(Date.UTC(p[0], month, 0)).getUTCDate();
  return { year: p[0], month, day: p[2] ?? lastDay };
}

/** The registry query a fetched dataset was built from (its API search, as data:fetch asked it). */
export function sourceQueryUrl(builtFrom: BuiltFrom | null | undefined): string | null {
  const fetch = builtFrom?.fetch;
  if (!fetch) return null;
  const query = new URLSearchParams(Object.entries(fetch.query)).toString();
  return `${fetch.api.replace(/\/+$/, '')}/studies${query ? `?${query}` : ''}`;
}

/**
 * Where a person can see what the data was built from: the registry query of a fetched dataset, else the
 * published dataset file, which names each trial's source file.
 */
export function dataSource(
  builtFrom: BuiltFrom | null | undefined,
  datasetFileUrl: string,
): { kind: 'query' | 'files'; url: string } {
  const query = sourceQueryUrl(builtFrom);
  return query ? { kind: 'query', url: query } : { kind: 'files', url: datasetFileUrl };
}
