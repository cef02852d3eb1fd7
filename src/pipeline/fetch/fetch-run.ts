// `data:fetch`: fetch a search into data/fetched/<name>.partial/, merge it with the saved pages when it is a
// --since update, build and publish the dataset, and only then put the new pages in place of the old.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../build-run';
import { createClient, type ClientOptions } from './http-client';
import { MAX_PAGE_SIZE, searchQuery, sinceQuery, type SearchOptions } from './ctgov-query';
import { fetchPages, PAGES_DIR, type FetchProgress } from './fetch-pages';
import {
  fetchedDirs,
  listPages,
  mergePages,
  readManifest,
  recoverSwap,
  replaceCurrent,
  writeManifest,
  type Manifest,
} from './fetched-store';

export type RunFetchOptions = {
  root: string;
  name: string;
  api: string;
  search: SearchOptions;
  /** YYYY-MM-DD: fetch only studies updated since, merged into the saved pages. */
  since?: string;
  pageSize?: number;
  /** Another GeoNames extract than cities500, for the build. */
  geoNamesFile?: string;
  client?: ClientOptions;
  now?: () => Date;
  onPage?: (progress: FetchProgress) => void;
};

export async function runFetch(options: RunFetchOptions): Promise<{ manifest: Manifest; summary: string }> {
  const { root, name, api } = options;
  if (!/^[A-Za-z0-9-]+$/.test(name))
    throw new Error(`--name must be letters, digits and dashes, got "${name}"`);
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    throw new Error(`--page-size must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  const query = searchQuery(options.search);
  const dirs = fetchedDirs(root, name);
  await recoverSwap(dirs);
  const saved = await readManifest(dirs.current);
  if (options.since !== undefined && !sameSearch(saved, api, query))
    throw new Error(
      saved
        ? `--since updates the saved fetch "${name}", which has another search or API: fetch it in full first`
        : `--since updates a saved fetch, and "${name}" has none yet: fetch it in full first`,
    );
  const progress = await fetchPages({
    dir: dirs.partial,
    api,
    query: options.since === undefined ? query : sinceQuery(query, options.since),
    pageSize,
    client: createClient(options.client),
    now: options.now,
    onPage: options.onPage,
  });
  const record = {
    since: options.since ?? null,
    fetchedAt: progress.fetchedAt,
    totalCount: progress.totalCount,
    pages: progress.pages,
    studies: progress.studies,
  };
  let snapshot: string;
  let manifest: Manifest;
  if (saved && options.since !== undefined) {
    snapshot = dirs.next;
    const studies = await mergePages(dirs.current, dirs.partial, snapshot);
    const pages = (await listPages(snapshot)).length;
    const fetches = [...saved.fetches, record];
    manifest = { ...saved, fetchedAt: record.fetchedAt, totalCount: studies, pages, studies, fetches };
  } else {
    snapshot = dirs.partial;
    const { fetchedAt, pages, studies } = record;
    const totalCount = progress.totalCount ?? studies;
    manifest = { api, query, fetchedAt, totalCount, pages, studies, fetches: [record] };
  }
  await writeManifest(snapshot, manifest);
  const summary = await runBuild({
    root,
    inputs: [path.relative(root, path.join(snapshot, PAGES_DIR))],
    name,
    geoNamesFile: options.geoNamesFile,
  });
  await replaceCurrent(dirs, snapshot);
  if (existsSync(dirs.partial)) await rm(dirs.partial, { recursive: true, force: true });
  await rm(path.join(dirs.current, 'progress.json'), { force: true });
  return { manifest, summary };
}

function sameSearch(saved: Manifest | null, api: string, query: Record<string, string>): boolean {
  return saved !== null && saved.api === api && JSON.stringify(saved.query) === JSON.stringify(query);
}
