import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { DatasetLoadError, loadDataset } from '../../src/app/data/load-dataset';
import { datasetSchema } from '../../src/core/schema';
import { crc32Text, jsonChecksumMember } from '../../src/core/integrity';

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

describe('loadDataset on damaged files', () => {
  const dataset = datasetSchema.parse(fixture);
  // As the pipeline publishes it: the JSON, then the checksum of everything before it as the last member.
  const body = JSON.stringify(dataset).slice(0, -1);
  const published = new TextEncoder().encode(body + jsonChecksumMember(crc32Text(body)));
  const bodyBytes = new TextEncoder().encode(body).byteLength;
  const load = (bytes: Uint8Array) => loadDataset('default', async () => new Response(bytes as BodyInit));

  it('reads a published file, which ends with the checksum of its content', async () => {
    expect(new TextDecoder().decode(published)).toMatch(/"checksum":"crc32:[0-9a-f]{8}"\}\n$/);
    const { checksum, ...read } = await load(published);
    expect(read).toEqual(dataset);
    expect(checksum).toMatch(/^crc32:/);
  });

  it('refuses a file with one changed byte, wherever it is (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: published.byteLength - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const damaged = published.slice();
          damaged[at]! ^= flip;
          const outcome = await load(damaged).then(
            (read) => read,
            (error: unknown) => error,
          );
          if (outcome instanceof DatasetLoadError) {
            expect(outcome.kind).not.toBe('network');
            return;
          }
          // Only the white space of the checksum member itself (the line break before it, the one after the last
          // brace) is outside the checksum: white space turned into other white space; the data must be the same.
          const isSpace = (byte: number) => [0x09, 0x0a, 0x0d, 0x20].includes(byte);
          expect(at).toBeGreaterThanOrEqual(bodyBytes);
          expect(isSpace(published[at]!) && isSpace(damaged[at]!)).toBe(true);
          expect(outcome).toMatchObject(dataset);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names a checksum that does not match: a closed site turned recruiting', async () => {
    const text = new TextDecoder().decode(published);
    const at = text.indexOf('"status":"COMPLETED"');
    expect(at).toBeGreaterThan(0);
    const damaged = new TextEncoder().encode(
      text.slice(0, at) + '"status":"RECRUITING"' + text.slice(at + '"status":"COMPLETED"'.length),
    );
    const error = await failure(async () => new Response(damaged as BodyInit));
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/dataset\.json is damaged: its content does not match its checksum/);
  });

  it('refuses ids that are not unique and sites of a trial it does not hold', async () => {
    const [first, second] = dataset.sites;
    const twice = await failure(
      answer(JSON.stringify({ ...dataset, sites: [first, { ...second, id: first!.id }] })),
    );
    expect(twice.message).toContain(`site id "${first!.id}" is used twice`);
    const orphan = await failure(
      answer(JSON.stringify({ ...dataset, sites: [{ ...first, trialId: 'nowhere' }] })),
    );
    expect(orphan.message).toContain('belongs to trial "nowhere", which the dataset does not hold');
  });
});
