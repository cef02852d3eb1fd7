// Inputs of the coverage view, loaded on first use and shared by its panel and map layers: the open dataset as a
// site table (the engine lives in a worker, so the view keeps its own), the filtered rows, and the gazetteer.
import { useEffect, useState } from 'react';
import { decodeToSiteTable } from '../../core/compact/decode';
import { filterRows } from '../../core/filter';
import { sitePoints, type SitePoints } from '../../core/coverage/points';
import type { GazetteerFile } from '../../core/gazetteer-format';
import { buildSearchIndex, matchText, type SearchIndex } from '../../core/search';
import { siteTableFromDataset, type SiteTable } from '../../core/site-table';
import type { Filters } from '../../core/view-state';
import { fetchSites } from '../data/fetch-sites';
import { gazetteerUrl, parseGazetteer } from '../data/load-gazetteer';

export interface CoverageBase {
  table: SiteTable;
  search: SearchIndex;
}

export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

const bases = new Map<string, Promise<CoverageBase>>();
const gazetteers = new Map<string, Promise<GazetteerFile>>();

/** The compact sites.bin when the dataset publishes one (large datasets), else dataset.json; as the worker does. */
async function loadSiteTable(name: string): Promise<SiteTable> {
  const fetched = await fetchSites(name);
  if ('dataset' in fetched) return siteTableFromDataset(fetched.dataset);
  try {
    return decodeToSiteTable(fetched.bytes);
  } catch (error) {
    throw new Error(`${fetched.url}: ${(error as Error).message}`, { cause: error });
  }
}

/** The gazetteer as place search reads it (same file and checks), without building its search index. */
async function fetchGazetteer(url: string): Promise<GazetteerFile> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new Error(`Could not reach ${url} (${(error as Error).message}).`, { cause: error });
  });
  if (!response.ok || response.headers.get('content-type')?.includes('text/html')) {
    throw new Error(`${url} could not be loaded (${response.status}).`);
  }
  return parseGazetteer(await response.json(), url);
}

/** Replaceable for tests: how a dataset's sites and the gazetteer are fetched. */
export const coverageLoaders = {
  table: loadSiteTable,
  gazetteer: fetchGazetteer,
};

function cached<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  load: (key: string) => Promise<T>,
): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load(key);
    cache.set(key, promise);
    promise.catch(() => cache.delete(key)); // a failed load is tried again on Retry
  }
  return promise;
}

export function loadCoverageBase(name: string): Promise<CoverageBase> {
  return cached(bases, name, async (key) => {
    const table = await coverageLoaders.table(key);
    return { table, search: buildSearchIndex(table) };
  });
}

export function loadCoverageGazetteer(url: string = gazetteerUrl()): Promise<GazetteerFile> {
  return cached(gazetteers, url, (key) => coverageLoaders.gazetteer(key));
}

/** The state of a load keyed by `key` (null: nothing to load), with a retry. */
export function useLoadable<T>(
  key: string | null,
  load: (key: string) => Promise<T>,
): [Loadable<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; attempt: number; value: Loadable<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load(key).then(
      (value) => live && setState({ key, attempt, value: { status: 'ready', value } }),
      (error: unknown) =>
        live && setState({ key, attempt, value: { status: 'error', message: (error as Error).message } }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt, load]);
  const current =
    state && state.key === key && state.attempt === attempt ? state.value : { status: 'loading' as const };
  return [current, () => setAttempt((n) => n + 1)];
}

/** Memoizes the last call by argument identity, so the panel and the map layers share one computation. */
function memoLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i]))
      return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

export const coverageRows = memoLast((base: CoverageBase, filters: Filters): Uint32Array =>
  filterRows(base.table, filters, matchText(base.table, base.search, filters.q)),
);

export const coveragePoints = memoLast((base: CoverageBase, rows: Uint32Array): SitePoints =>
  sitePoints(base.table, rows),
);
