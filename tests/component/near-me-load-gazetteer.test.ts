import { describe, expect, it, vi } from 'vitest';
import gazetteer from '../fixtures/near-me/gazetteer.json';
import { loadPlaceIndex, parseGazetteer, placeIndexOnce } from '../../src/app/data/load-gazetteer';
import { searchPlaces } from '../../src/core/place-search';

const json = (body: unknown) =>
  (async () =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('loading the place list', () => {
  it('fetches and indexes the gazetteer', async () => {
    const index = await loadPlaceIndex(json(gazetteer));
    expect(searchPlaces(index, 'München')[0]?.name).toBe('Munich');
  });

  it('rejects a file of another version or with uneven columns, naming the file', () => {
    expect(() => parseGazetteer({ ...gazetteer, version: 2 }, 'g.json')).toThrow(/g\.json .*version/);
    expect(() => parseGazetteer({ ...gazetteer, lat: [1] }, 'g.json')).toThrow(/different lengths/);
  });

  it('rejects a column with a value of the wrong kind, naming the column', () => {
    const lat = [...gazetteer.lat];
    lat[lat.length - 1] = '48.1' as unknown as number;
    expect(() => parseGazetteer({ ...gazetteer, lat }, 'g.json')).toThrow(
      /g\.json .*lat: expected a list of numbers/,
    );
    const name = [...gazetteer.name];
    name[0] = null as unknown as string;
    expect(() => parseGazetteer({ ...gazetteer, name }, 'g.json')).toThrow(/name: expected a list of texts/);
    expect(() => parseGazetteer({ ...gazetteer, population: 5 }, 'g.json')).toThrow(/population/);
    expect(() =>
      parseGazetteer({ ...gazetteer, lon: [...gazetteer.lon.slice(1), Number.NaN] }, 'g.json'),
    ).toThrow(/lon/);
  });

  it('explains a failed download', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadPlaceIndex(offline)).rejects.toThrow('could not be downloaded');
    const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
    await expect(loadPlaceIndex(missing)).rejects.toThrow(/answered 404/);
  });

  it('downloads once per page, and again after a failure', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    await expect(placeIndexOnce(failing)).rejects.toThrow('offline');
    const working = vi.fn(() => loadPlaceIndex(json(gazetteer)));
    const first = await placeIndexOnce(working);
    expect(await placeIndexOnce(working)).toBe(first);
    expect(working).toHaveBeenCalledTimes(1);
  });
});
