import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { DatasetLoadError, loadDataset } from '../../src/app/data/load-dataset';

const answer =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, { headers: { 'content-type': 'application/json' }, ...init });

async function failure(fetchImpl: typeof fetch): Promise<DatasetLoadError> {
  try {
    await loadDataset('default', fetchImpl);
  } catch (error) {
    if (error instanceof DatasetLoadError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('loadDataset', () => {
  it('fetches the named dataset from the data folder and validates it', async () => {
    let asked = '';
    const dataset = await loadDataset('default', async (url) => {
      asked = String(url);
      return new Response(JSON.stringify(fixture));
    });
    expect(asked).toBe('/data/default/dataset.json');
    expect(dataset.sites).toHaveLength(11);
  });

  it('classifies failures: network, missing file, bad JSON, bad content, wrong version', async () => {
    const offline = await failure(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect([offline.kind, offline.message]).toEqual([
      'network',
      'Could not reach /data/default/dataset.json (Failed to fetch).',
    ]);
    expect((await failure(answer('gone', { status: 404, statusText: 'Not Found' }))).kind).toBe('network');
    expect(
      (await failure(answer('<!doctype html>', { headers: { 'content-type': 'text/html' } }))).kind,
    ).toBe('network');
    expect((await failure(answer('{"schemaVersion":1,'))).kind).toBe('malformed');
    const bad = await failure(answer(JSON.stringify({ ...fixture, sites: [{ id: 'x' }] })));
    expect(bad.kind).toBe('malformed');
    expect(bad.message).toContain('sites.0');
    const newer = await failure(answer(JSON.stringify({ ...fixture, schemaVersion: 3 })));
    expect([newer.kind, newer.message]).toEqual([
      'version',
      '/data/default/dataset.json has schema version 3; this version of Trial Atlas reads version 2.',
    ]);
  });
});
