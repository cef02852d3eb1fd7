import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../../src/core/schema';
import { OVERRIDES_FILE } from '../../../src/pipeline/defaults';
import { runFetch, type RunFetchOptions } from '../../../src/pipeline/fetch/fetch-run';
import { readManifest } from '../../../src/pipeline/fetch/fetched-store';
import { startReplayServer, type ReplayServer, type Reply } from '../../support/replay-server';
import { RECORDS, fetchedStudy, pageBodies, pageKey, withLastUpdate } from './ctgov-pages';

let server: ReplayServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A project folder with what a build needs (no geocoding overrides), and nothing fetched yet. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'trial-atlas-project-'));
  mkdirSync(path.join(root, 'data'), { recursive: true });
  writeFileSync(path.join(root, OVERRIDES_FILE), '{ "overrides": [] }\n');
  return root;
}

const quick = { maxAttempts: 2, minIntervalMs: 0, baseDelayMs: 1, sleep: async () => {} };
const chain = (bodies: string[], prefix = 'token'): Record<string, Reply[]> =>
  Object.fromEntries(bodies.map((body, index) => [index === 0 ? 'first' : `${prefix}-${index}`, [{ body }]]));

function fetchOptions(root: string, api: string, extra: Partial<RunFetchOptions> = {}): RunFetchOptions {
  return {
    root,
    name: 'all-blina',
    api,
    search: { intr: 'blinatumomab', status: 'RECRUITING' },
    pageSize: 2,
    client: quick,
    now: () => new Date('2026-03-12T09:30:00.123Z'),
    // A small GeoNames extract: the few sites without the API's coordinates need not all be placed here.
    geoNamesFile: 'tests/fixtures/geonames/sample.txt',
    ...extra,
  };
}

const published = (root: string): Dataset =>
  datasetSchema.parse(
    JSON.parse(readFileSync(path.join(root, 'public/data/all-blina/dataset.json'), 'utf8')),
  );

describe('npm run data:fetch', () => {
  it('fetches a search page by page, saves the raw pages and a manifest, and publishes the dataset', async () => {
    const root = project();
    server = await startReplayServer(chain(pageBodies(RECORDS.map(fetchedStudy), 2)), pageKey);
    const { manifest } = await runFetch(fetchOptions(root, server.api));
    expect(manifest).toEqual({
      api: server.api,
      query: { 'filter.overallStatus': 'RECRUITING', 'query.intr': 'blinatumomab' },
      fetchedAt: '2026-03-12T09:30:00Z',
      totalCount: 3,
      pages: 2,
      studies: 3,
      fetches: [{ since: null, fetchedAt: '2026-03-12T09:30:00Z', totalCount: 3, pages: 2, studies: 3 }],
    });
    const saved = path.join(root, 'data/fetched/all-blina');
    expect(readdirSync(saved).sort()).toEqual(['manifest.json', 'pages']);
    expect(readdirSync(path.join(saved, 'pages'))).toEqual(['page-00001.json', 'page-00002.json']);
    expect(readdirSync(path.join(root, 'data/fetched'))).toEqual(['all-blina']);
    const dataset = published(root);
    expect(dataset.name).toBe('all-blina');
    // The dataset says which query it was fetched with, and when, for the app's "Data as of" and its link.
    expect(dataset.builtFrom.fetch).toEqual({
      api: server.api,
      query: { 'filter.overallStatus': 'RECRUITING', 'query.intr': 'blinatumomab' },
      fetchedAt: '2026-03-12T09:30:00Z',
      totalCount: 3,
    });
    expect(dataset.trials.map((trial) => trial.id)).toEqual([...RECORDS].sort());
    expect(dataset.sites.length).toBeGreaterThan(1500);
    expect(existsSync(path.join(root, 'public/data/all-blina/sites.bin'))).toBe(true);
  });

  it('keeps the previous sources and dataset when a fetch fails, and resumes on the next run', async () => {
    const root = project();
    const bodies = pageBodies(RECORDS.map(fetchedStudy), 2);
    server = await startReplayServer(chain(bodies), pageKey);
    await runFetch(fetchOptions(root, server.api));
    const before = {
      dataset: readFileSync(path.join(root, 'public/data/all-blina/dataset.json')),
      manifest: readFileSync(path.join(root, 'data/fetched/all-blina/manifest.json')),
    };
    // The registry changed: a new page 1; page 2 then fails for good.
    const changed = pageBodies([RECORDS[2], RECORDS[1], RECORDS[0]].map(fetchedStudy), 2);
    server.replace({
      first: [{ body: changed[0] ?? '' }],
      'token-1': [{ status: 503, body: 'unavailable' }],
    });
    const later = () => new Date('2026-04-01T00:00:00Z');
    await expect(runFetch(fetchOptions(root, server.api, { now: later }))).rejects.toThrow(/HTTP 503/);
    expect(readFileSync(path.join(root, 'public/data/all-blina/dataset.json'))).toEqual(before.dataset);
    expect(readFileSync(path.join(root, 'data/fetched/all-blina/manifest.json'))).toEqual(before.manifest);
    // Same command again: it resumes at page 2 instead of starting over.
    server.replace({
      first: [{ status: 500, body: 'asked again' }],
      'token-1': [{ body: changed[1] ?? '' }],
    });
    const asked = server.requests.length;
    const { manifest } = await runFetch(fetchOptions(root, server.api, { now: later }));
    expect(server.requests.slice(asked).map((request) => pageKey(request.url))).toEqual(['token-1']);
    expect(manifest.fetchedAt).toBe('2026-04-01T00:00:00Z');
    expect(readdirSync(path.join(root, 'data/fetched'))).toEqual(['all-blina']);
  });

  it('keeps the previous dataset when the fetched pages do not build', async () => {
    const root = project();
    server = await startReplayServer(chain(pageBodies(RECORDS.map(fetchedStudy), 2)), pageKey);
    await runFetch(fetchOptions(root, server.api));
    const before = readFileSync(path.join(root, 'public/data/all-blina/dataset.json'));
    const broken = { protocolSection: { identificationModule: { nctId: 'NCT09999999' } } };
    server.replace({ first: [{ body: JSON.stringify({ totalCount: 1, studies: [broken] }) }] });
    await expect(runFetch(fetchOptions(root, server.api))).rejects.toThrow(
      /page-00001\.json:1: study has no briefTitle/,
    );
    expect(readFileSync(path.join(root, 'public/data/all-blina/dataset.json'))).toEqual(before);
    expect((await readManifest(path.join(root, 'data/fetched/all-blina')))?.studies).toBe(3);
  });

  it('--since fetches recent updates only and merges them, the newest version of a study winning', async () => {
    const root = project();
    const [a, b, c] = RECORDS.map(fetchedStudy);
    server = await startReplayServer(
      chain(pageBodies([withLastUpdate(a, '2025-01-10'), withLastUpdate(b, '2025-06-01')], 1)),
      pageKey,
    );
    await runFetch(fetchOptions(root, server.api));
    // Since 2025-05-01: a newer version of a, an older copy of b (a stale mirror), and c, new to the search.
    const updates = [
      withLastUpdate(a, '2026-02-20', 'Renamed study'),
      withLastUpdate(b, '2025-05-02', 'Older copy'),
      c,
    ];
    server.replace(chain(pageBodies(updates, 2, 'since'), 'since'));
    const { manifest } = await runFetch(
      fetchOptions(root, server.api, { since: '2025-05-01', now: () => new Date('2026-03-01T12:00:00Z') }),
    );
    const sinceRequest = server.requests.at(-2)?.url;
    expect(sinceRequest?.searchParams.get('filter.advanced')).toBe(
      'AREA[LastUpdatePostDate]RANGE[2025-05-01,MAX]',
    );
    expect(sinceRequest?.searchParams.get('query.intr')).toBe('blinatumomab');
    const dataset = published(root);
    const titles = Object.fromEntries(dataset.trials.map((trial) => [trial.id, trial.title]));
    expect(titles[RECORDS[0]]).toBe('Renamed study');
    expect(titles[RECORDS[1]]).not.toBe('Older copy');
    expect(Object.keys(titles).sort()).toEqual([...RECORDS].sort());
    expect(manifest).toMatchObject({ studies: 3, totalCount: 3, fetchedAt: '2026-03-01T12:00:00Z' });
    expect(manifest.fetches.map((fetch) => fetch.since)).toEqual([null, '2025-05-01']);
  });

  it('--since needs a saved fetch of the same search', async () => {
    const root = project();
    server = await startReplayServer({}, pageKey);
    await expect(runFetch(fetchOptions(root, server.api, { since: '2026-01-01' }))).rejects.toThrow(
      /has none yet: fetch it in full first/,
    );
    expect(server.requests).toHaveLength(0);
  });
});
