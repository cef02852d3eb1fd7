import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError, createClient, parseRetryAfter } from '../../../src/pipeline/fetch/http-client';
import { checkPage, fetchPages, pageFile } from '../../../src/pipeline/fetch/fetch-pages';
import { startReplayServer, type ReplayServer, type Reply } from '../../support/replay-server';
import { RECORDS, fetchedStudy, pageBodies, pageKey } from './ctgov-pages';

const bodies = pageBodies(RECORDS.map(fetchedStudy), 1);
const [first = '', second = '', third = ''] = bodies;
let server: ReplayServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function replay(scripts: Record<string, Reply[]>): Promise<ReplayServer> {
  server = await startReplayServer(scripts, pageKey);
  return server;
}

/** A client whose waits are recorded and skipped, so retries take no time. */
function quickClient(maxAttempts = 4) {
  const waits: number[] = [];
  const client = createClient({
    maxAttempts,
    minIntervalMs: 0,
    baseDelayMs: 100,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { client, waits };
}

const temp = () => mkdtempSync(path.join(tmpdir(), 'trial-atlas-fetch-'));

describe('the API client', () => {
  it('follows the page-token chain of a search, saving each raw page', async () => {
    const api = await replay({
      first: [{ body: first }],
      'token-1': [{ body: second }],
      'token-2': [{ body: third }],
    });
    const dir = temp();
    const progress = await fetchPages({
      dir,
      api: api.api,
      query: { 'query.intr': 'x' },
      pageSize: 1,
      ...quickClient(),
    });
    expect(progress).toMatchObject({ pages: 3, studies: 3, totalCount: 3, done: true, nextPageToken: null });
    expect(api.requests.map((request) => pageKey(request.url))).toEqual(['first', 'token-1', 'token-2']);
    expect(readFileSync(pageFile(dir, 2), 'utf8')).toBe(second);
    expect(api.requests[0]?.userAgent).toMatch(/^TrialAtlas\//);
    expect(api.requests[0]?.url.searchParams.get('query.intr')).toBe('x');
  });

  it('waits as long as a 429 says in Retry-After, then goes on', async () => {
    const api = await replay({
      first: [{ status: 429, headers: { 'retry-after': '7' }, body: 'Too many requests' }, { body: third }],
    });
    const { client, waits } = quickClient();
    const summary = await client.download(`${api.api}/studies`, path.join(temp(), 'p.json'), checkPage);
    expect(summary.studies).toBe(1);
    expect(waits).toEqual([7000]);
    expect(api.requests).toHaveLength(2);
  });

  it('backs off exponentially with jitter on 5xx: a 503, another, then success', async () => {
    const api = await replay({
      first: [{ status: 503, body: 'down' }, { status: 502, body: 'bad gateway' }, { body: third }],
    });
    const { client, waits } = quickClient();
    await client.download(`${api.api}/studies`, path.join(temp(), 'p.json'), checkPage);
    // random() 0.5 of 100 ms, then of 200 ms
    expect(waits).toEqual([50, 100]);
  });

  it('retries a truncated body and a dropped connection, keeping no partial file', async () => {
    const api = await replay({
      first: [
        { body: third.slice(0, 900) },
        { dropAfter: 500, body: third },
        { drop: true },
        { body: third },
      ],
    });
    const dir = temp();
    const { client, waits } = quickClient();
    const file = path.join(dir, 'p.json');
    await client.download(`${api.api}/studies`, file, checkPage);
    expect(waits).toHaveLength(3);
    expect(readFileSync(file, 'utf8')).toBe(third);
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('gives up after its attempts with the last problem, and never retries a 400', async () => {
    const api = await replay({ first: [{ status: 500, body: 'internal error' }], bad: [] });
    const { client } = quickClient(3);
    const file = path.join(temp(), 'p.json');
    await expect(client.download(`${api.api}/studies`, file, checkPage)).rejects.toThrow(
      /HTTP 500: internal error .*gave up after 3 attempts/,
    );
    expect(existsSync(file)).toBe(false);
    await api.close();
    server = await replay({ first: [{ status: 400, body: 'unknown parameter query.foo' }] });
    await expect(client.download(`${server.api}/studies`, file, checkPage)).rejects.toThrow(FetchError);
    expect(server.requests).toHaveLength(1);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-03-12T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 12 Mar 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('keeps a few requests per second at most', async () => {
    const api = await replay({
      first: [{ body: first }],
      'token-1': [{ body: second }],
      'token-2': [{ body: third }],
    });
    const waits: number[] = [];
    let clock = 0;
    const client = createClient({
      minIntervalMs: 400,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    await fetchPages({ dir: temp(), api: api.api, query: {}, pageSize: 1, client });
    expect(waits).toEqual([400, 400]);
  });

  it('resumes an interrupted fetch from the last saved page', async () => {
    const dir = temp();
    const api = await replay({ first: [{ body: first }], 'token-1': [{ status: 503, body: 'down' }] });
    const search = { dir, api: api.api, query: { 'query.cond': 'x' }, pageSize: 1 };
    await expect(fetchPages({ ...search, client: quickClient(2).client })).rejects.toThrow(/HTTP 503/);
    expect(existsSync(pageFile(dir, 1))).toBe(true);
    api.replace({
      first: [{ status: 500, body: 'the first page must not be asked for again' }],
      'token-1': [{ body: second }],
      'token-2': [{ body: third }],
    });
    const before = api.requests.length;
    const progress = await fetchPages({ ...search, client: quickClient().client });
    expect(progress).toMatchObject({ pages: 3, studies: 3, totalCount: 3, done: true });
    expect(api.requests.slice(before).map((request) => pageKey(request.url))).toEqual(['token-1', 'token-2']);
    expect(readFileSync(pageFile(dir, 1), 'utf8')).toBe(first);
  });

  it('starts again when the saved progress is for another search', async () => {
    const dir = temp();
    const api = await replay({ first: [{ body: first }], 'token-1': [{ status: 503, body: 'down' }] });
    await expect(
      fetchPages({
        dir,
        api: api.api,
        query: { 'query.cond': 'x' },
        pageSize: 1,
        client: quickClient(1).client,
      }),
    ).rejects.toThrow(/HTTP 503/);
    api.replace({ first: [{ body: third.replace('"totalCount":3', '"totalCount":1') }] });
    const progress = await fetchPages({
      dir,
      api: api.api,
      query: { 'query.cond': 'y' },
      pageSize: 1,
      client: quickClient().client,
    });
    expect(progress).toMatchObject({ pages: 1, studies: 1, query: { 'query.cond': 'y' } });
  });
});
