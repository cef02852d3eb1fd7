import { describe, expect, it } from 'vitest';
import { nearAnswer, nearCandidates } from '../../../src/core/near-answer';
import { EMPTY_FILTERS } from '../../../src/core/view-state';
import { buildNearestIndex } from '../../../src/core/nearest';
import type { Dataset, Site, TrialStatus } from '../../../src/core/schema';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { makeTrial } from './make-trial';

const TRIAL = makeTrial({ id: 'T1', title: 'Test trial' });

// Sites along the equator: one degree of longitude is 111.19 km.
function table(statuses: [lon: number, status: TrialStatus][]) {
  const sites: Site[] = statuses.map(([lon, status], i) => ({
    id: `s${i}`,
    trialId: 'T1',
    siteNumber: null,
    facility: `Site ${i}`,
    city: `City ${i}`,
    state: null,
    zip: null,
    country: i % 2 ? 'FR' : 'DE',
    status,
    statusSource: 'site',
    lat: 0,
    lon,
    geocode: { method: 'gazetteer', placeName: null, geonameId: null, note: null },
    sourceLine: null,
    contacts: [],
  }));
  const dataset: Dataset = {
    schemaVersion: 2,
    name: 'test',
    builtFrom: { lastUpdatePosted: null, fetch: null },
    trials: [TRIAL],
    sites,
  };
  return siteTableFromDataset(dataset);
}

const from = { lat: 0, lon: 0 };
const rows = (sites: { row: number }[]) => sites.map((site) => site.row);

describe('nearAnswer', () => {
  it('lists the nearest enrolling sites within the radius', () => {
    const t = table([
      [0.1, 'COMPLETED'],
      [0.5, 'RECRUITING'],
      [1, 'ENROLLING_BY_INVITATION'],
      [3, 'RECRUITING'],
    ]);
    const answer = nearAnswer(buildNearestIndex(t), { from, radiusKm: 200, candidates: null, limit: 5 });
    expect(rows(answer.enrolling)).toEqual([1, 2]);
    expect(answer.others).toEqual([]);
  });

  it('when none in reach is enrolling, shows the nearest of any status and the nearest enrolling beyond', () => {
    const t = table([
      [0.2, 'COMPLETED'],
      [0.4, 'NOT_YET_RECRUITING'],
      [3, 'RECRUITING'],
    ]);
    const answer = nearAnswer(buildNearestIndex(t), { from, radiusKm: 100, candidates: null, limit: 5 });
    expect(answer.enrolling).toEqual([]);
    expect(rows(answer.others)).toEqual([0, 1]);
    expect(answer.enrollingBeyond?.row).toBe(2);
    expect(answer.enrollingBeyond?.distanceKm).toBeCloseTo(333.6, 1);
    expect(answer.notYetWithin).toBe(1);
    expect(answer.nearestBeyond).toBeNull();
  });

  it('for a completed trial, says there is no enrolling site at all', () => {
    const t = table([
      [2, 'COMPLETED'],
      [4, 'COMPLETED'],
    ]);
    const answer = nearAnswer(buildNearestIndex(t), { from, radiusKm: 100, candidates: null, limit: 5 });
    expect(answer.enrolling).toEqual([]);
    expect(answer.others).toEqual([]);
    expect(answer.enrollingBeyond).toBeNull();
    expect(answer.nearestBeyond?.row).toBe(0);
    const anyDistance = nearAnswer(buildNearestIndex(t), {
      from,
      radiusKm: null,
      candidates: null,
      limit: 1,
    });
    expect(rows(anyDistance.others)).toEqual([0]);
  });

  it('keeps to the rows the filters leave', () => {
    const t = table([
      [0.1, 'RECRUITING'],
      [0.2, 'RECRUITING'],
    ]);
    const candidates = Uint8Array.from([0, 1]);
    const answer = nearAnswer(buildNearestIndex(t), { from, radiusKm: null, candidates, limit: 5 });
    expect(rows(answer.enrolling)).toEqual([1]);
    const none = nearAnswer(buildNearestIndex(t), {
      from,
      radiusKm: null,
      candidates: new Uint8Array(2),
      limit: 5,
    });
    expect(none).toEqual({
      enrolling: [],
      others: [],
      enrollingBeyond: null,
      nearestBeyond: null,
      notYetWithin: 0,
    });
  });
});

describe('nearCandidates', () => {
  const t = table([
    [0.1, 'RECRUITING'],
    [0.2, 'COMPLETED'],
    [0.3, 'RECRUITING'],
  ]);
  const noText = () => null;

  it('crosses borders by default, and keeps to the country filter only when asked', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['FR'] };
    expect(nearCandidates(t, filters, true, noText)).toBeNull();
    expect(Array.from(nearCandidates(t, filters, false, noText)!)).toEqual([0, 1, 0]);
  });

  it('never applies the status filter, which the answer does itself', () => {
    expect(nearCandidates(t, { ...EMPTY_FILTERS, statuses: ['closed'] }, true, noText)).toBeNull();
  });

  it('computes once per filters object', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['DE'] };
    const first = nearCandidates(t, filters, false, noText);
    expect(nearCandidates(t, filters, false, noText)).toBe(first);
    expect(nearCandidates(t, { ...filters }, false, noText)).not.toBe(first);
  });
});
