// The near-me index is built when the worker is next free after the list's order, not by the first near-me
// question: the person's first answer does not wait for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { compactFiles } from './support/compact-files';
import { datasetSchema } from '../../src/core/schema';
import { EMPTY_FILTERS } from '../../src/core/view-state';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { nearestIndexOfPoints } from '../../src/core/nearest';

vi.mock('../../src/core/nearest', async (original) => {
  const actual = await original<typeof import('../../src/core/nearest')>();
  return { ...actual, nearestIndexOfPoints: vi.fn(actual.nearestIndexOfPoints) };
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(nearestIndexOfPoints).mockClear();
});

describe('the near-me index', () => {
  it('is built once the list order is made, before the first near-me question, and only once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const engine = new IndexedSiteEngine();
    await engine.loadCompact(...compactFiles(datasetSchema.parse(fixture)));
    await engine.setFilters(EMPTY_FILTERS);
    expect(nearestIndexOfPoints).not.toHaveBeenCalled();
    await engine.rows(0, 10); // the list's order
    expect(nearestIndexOfPoints).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(nearestIndexOfPoints).toHaveBeenCalledTimes(1);
    const answer = await engine.nearest({
      lat: 48.14,
      lon: 11.58,
      radiusKm: null,
      crossBorders: true,
      limit: 3,
    });
    expect(answer.enrolling.length + answer.others.length).toBeGreaterThan(0);
    expect(nearestIndexOfPoints).toHaveBeenCalledTimes(1);
  });

  it('is built by the first question when building it ahead failed, and the question hears a failure', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const engine = new IndexedSiteEngine();
    await engine.loadCompact(...compactFiles(datasetSchema.parse(fixture)));
    await engine.rows(0, 10);
    vi.mocked(nearestIndexOfPoints).mockImplementationOnce(() => {
      throw new Error('no memory for the index');
    });
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(nearestIndexOfPoints).toHaveBeenCalledTimes(1);
    const question = { lat: 48.14, lon: 11.58, radiusKm: null, crossBorders: true, limit: 3 };
    vi.mocked(nearestIndexOfPoints).mockImplementationOnce(() => {
      throw new Error('no memory for the index');
    });
    await expect(engine.nearest(question)).rejects.toThrow('no memory for the index');
    const answer = await engine.nearest(question);
    expect(answer.enrolling.length + answer.others.length).toBeGreaterThan(0);
    expect(nearestIndexOfPoints).toHaveBeenCalledTimes(3);
  });
});
