// API v2 answers cut from the real records in tests/fixtures/ctgov/: each study pruned to the fields a fetch
// asks for (as the API does for `fields=`), then laid out as /studies pages chained by page tokens.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CTGOV_FIELDS } from '../../../src/pipeline/fetch/ctgov-fields';

export const RECORDS = ['NCT02552212', 'NCT04267848', 'NCT02513394'] as const;

export function readRecord(nctId: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join('tests/fixtures/ctgov', `${nctId}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Keeps only the given dotted paths of a record (lists are crossed: a path applies to every item). */
export function pickFields(value: unknown, paths: readonly string[]): unknown {
  if (paths.includes('')) return value;
  if (Array.isArray(value)) return value.map((item) => pickFields(item, paths));
  if (typeof value !== 'object' || value === null) return undefined;
  const picked: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const below = paths
      .filter((p) => p === key || p.startsWith(`${key}.`))
      .map((p) => (p === key ? '' : p.slice(key.length + 1)));
    if (below.length === 0) continue;
    const kept = pickFields(child, below);
    if (kept !== undefined) picked[key] = kept;
  }
  return Object.keys(picked).length > 0 ? picked : undefined;
}

export const fetchedStudy = (nctId: string) => pickFields(readRecord(nctId), CTGOV_FIELDS);

/** A study with its last update moved, to stand for a newer or older version of the same record. */
export function withLastUpdate(study: unknown, date: string, title?: string): unknown {
  const copy = structuredClone(study) as {
    protocolSection: {
      statusModule: { lastUpdatePostDateStruct?: { date: string } };
      identificationModule: { briefTitle?: string };
    };
  };
  copy.protocolSection.statusModule.lastUpdatePostDateStruct = { date };
  if (title) copy.protocolSection.identificationModule.briefTitle = title;
  return copy;
}

/** Pages of `studies`, `perPage` to a page; page i's token is `token-i` (the first page has none). */
export function pageBodies(studies: readonly unknown[], perPage: number, prefix = 'token'): string[] {
  const bodies: string[] = [];
  for (let start = 0; start < studies.length; start += perPage) {
    const page = bodies.length;
    const last = start + perPage >= studies.length;
    bodies.push(
      JSON.stringify({
        ...(page === 0 ? { totalCount: studies.length } : {}),
        studies: studies.slice(start, start + perPage),
        ...(last ? {} : { nextPageToken: `${prefix}-${page + 1}` }),
      }),
    );
  }
  return bodies;
}

/** Which page a request asks for: "first", or its page token. */
export const pageKey = (url: URL) => url.searchParams.get('pageToken') ?? 'first';
