import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/core/distance';
import { distinctPoints } from '../../../src/core/distinct-points';
import {
  buildNearestIndex,
  distancesFrom,
  nearestIndexOfPoints,
  nearestSites,
  sortRowsByDistance,
} from '../../../src/core/nearest';
import type { Dataset, Site, Trial, TrialStatus } from '../../../src/core/schema';
import { siteGroup, siteTableFromDataset } from '../../../src/core/site-table';
import { NO_INDEX } from '../../../src/core/typed-index';
import { makeTrial } from './make-trial';

const TRIAL: Trial = makeTrial({ id: 'T1', title: 'Test trial', phases: ['PHASE3'] });

type SiteSpec = [
  id: string,
  city: string,
  country: string,
  lat: number | null,
  lon: number | null,
  status?: TrialStatus,
];

function dataset(specs: SiteSpec[]): Dataset {
  const sites: Site[] = specs.map(([id, city, country, lat, lon, status = 'RECRUITING']) => ({
    id,
    trialId: 'T1',
    siteNumber: null,
    facility: `Hospital ${id}`,
    city,
    state: null,
    zip: null,
    country,
    status,
    statusSource: 'site',
    lat,
    lon,
    geocode: {
      method: lat === null ? 'unresolved' : 'gazetteer',
      placeName: null,
      geonameId: null,
      note: null,
    },
    sourceLine: null,
    contacts: [],
  }));
  return {
    schemaVersion: 2,
    name: 'test',
    builtFrom: { lastUpdatePosted: null, fetch: null },
    trials: [TRIAL],
    sites,
  };
}

const FRANKFURT = { lat: 50.11552, lon: 8.68417 };
const STRASBOURG = { lat: 48.58392, lon: 7.74553 };

const table = siteTableFromDataset(
  dataset([
    ['rome-1', 'Rome', 'IT', 41.89193, 12.51133, 'COMPLETED'],
    ['frankfurt', 'Frankfurt', 'DE', FRANKFURT.lat, FRANKFURT.lon, 'COMPLETED'],
    ['munich', 'Munich', 'DE', 48.13743, 11.57549, 'RECRUITING'],
    ['lost', 'Nowhere', 'DE', null, null, 'RECRUITING'],
    ['kehl', 'Kehl', 'DE', 48.57275, 7.8151, 'COMPLETED'],
    ['rome-2', 'Rome', 'IT', 41.89193, 12.51133, 'RECRUITING'],
    ['paris', 'Paris', 'FR', 48.85341, 2.3488, 'NOT_YET_RECRUITING'],
  ]),
);
const row = (id: string) => table.ids.indexOf(id);
const index = buildNearestIndex(table);
const ids = (sites: { row: number }[]) => sites.map((site) => table.ids[site.row]);

describe('nearestSites', () => {
  it('finds the site at the query point first, at 0 km', () => {
    const [first] = nearestSites(index, { from: FRANKFURT, limit: 3 });
    expect(table.ids[first!.row]).toBe('frankfurt');
    expect(first!.distanceKm).toBe(0);
  });

  it('crosses borders: from Strasbourg, German sites come first when they are closer', () => {
    expect(ids(nearestSites(index, { from: STRASBOURG, limit: 2 }))).toEqual(['kehl', 'frankfurt']);
  });

  it('indexes a shared point once but returns each of its sites at the same distance', () => {
    expect(index.pointLat.length).toBe(5);
    const near = nearestSites(index, { from: { lat: 41.9, lon: 12.5 }, limit: 2 });
    expect(ids(near)).toEqual(['rome-1', 'rome-2']);
    expect(near[0]!.distanceKm).toBe(near[1]!.distanceKm);
  });

  it('counts the limit in sites, not points', () => {
    expect(nearestSites(index, { from: { lat: 41.9, lon: 12.5 }, limit: 1 })).toHaveLength(1);
    expect(nearestSites(index, { from: FRANKFURT })).toHaveLength(6);
  });

  it('keeps only accepted rows (e.g. enrolling sites)', () => {
    const enrolling = (r: number) => siteGroup(table, r) === 'enrolling';
    expect(ids(nearestSites(index, { from: FRANKFURT, accept: enrolling }))).toEqual(['munich', 'rome-2']);
    expect(nearestSites(index, { from: FRANKFURT, accept: () => false })).toEqual([]);
  });

  it('includes a site exactly at the radius and leaves out one just beyond it', () => {
    const toMunich = distanceKm(FRANKFURT, {
      lat: table.lat[row('munich')]!,
      lon: table.lon[row('munich')]!,
    });
    expect(ids(nearestSites(index, { from: FRANKFURT, radiusKm: toMunich }))).toContain('munich');
    expect(ids(nearestSites(index, { from: FRANKFURT, radiusKm: toMunich - 1e-6 }))).not.toContain('munich');
    expect(ids(nearestSites(index, { from: FRANKFURT, radiusKm: 0 }))).toEqual(['frankfurt']);
    const within = nearestSites(index, { from: FRANKFURT, radiusKm: toMunich });
    for (const site of within) expect(site.distanceKm).toBeLessThanOrEqual(toMunich);
  });

  it('returns nothing for a missing location or an empty table', () => {
    expect(nearestSites(index, { from: { lat: Number.NaN, lon: 0 } })).toEqual([]);
    const empty = buildNearestIndex(siteTableFromDataset(dataset([['lost', 'Nowhere', 'DE', null, null]])));
    expect(nearestSites(empty, { from: FRANKFURT })).toEqual([]);
  });

  it('agrees with a brute-force search on random sites', () => {
    // A seeded generator keeps the case reproducible.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const specs: SiteSpec[] = [];
    for (let i = 0; i < 3000; i++) {
      // A fifth of the sites share a point with another site, as city-level geocoding does.
      const shared = i > 0 && random() < 0.2 ? specs[Math.floor(random() * specs.length)]! : null;
      const lat = shared ? shared[3] : random() * 170 - 85;
      const lon = shared ? shared[4] : random() * 360 - 180;
      specs.push([`s${i}`, 'City', 'DE', lat, lon, random() < 0.5 ? 'RECRUITING' : 'COMPLETED']);
    }
    const big = siteTableFromDataset(dataset(specs));
    const bigIndex = buildNearestIndex(big);
    for (let q = 0; q < 40; q++) {
      const from = { lat: random() * 180 - 90, lon: random() * 360 - 180 };
      const accept = q % 2 ? (r: number) => big.status[r] === big.status[0] : undefined;
      const radiusKm = q % 3 ? null : 500 + random() * 3000;
      const expected = specs
        .map((spec, r) => ({ r, km: distanceKm(from, { lat: spec[3]!, lon: spec[4]! }) }))
        .filter(({ r, km }) => (!accept || accept(r)) && (radiusKm === null || km <= radiusKm))
        .map(({ km }) => km)
        .sort((a, b) => a - b)
        .slice(0, 25);
      const actual = nearestSites(bigIndex, { from, limit: 25, radiusKm, accept }).map((s) => s.distanceKm);
      expect(actual).toEqual(expected);
    }
  });
});

describe('distancesFrom and sortRowsByDistance', () => {
  it('gives every site its distance and sorts sites without coordinates last', () => {
    const distances = distancesFrom(index, FRANKFURT);
    expect(distances[row('frankfurt')]).toBe(0);
    expect(distances[row('lost')]).toBeNaN();
    expect(distances[row('rome-1')]).toBe(distances[row('rome-2')]);
    const all = table.ids.map((_, r) => r);
    expect(sortRowsByDistance(all, distances).map((r) => table.ids[r])).toEqual([
      'frankfurt',
      'kehl',
      'munich',
      'paris',
      'rome-1',
      'rome-2',
      'lost',
    ]);
  });
});

describe('nearestIndexOfPoints', () => {
  it('answers from points grouped elsewhere as from its own grouping, never finding the point of unplaced sites', () => {
    // As sites.bin stores them: the unplaced site ('lost') on a point of NaNs, first; the rows of each point in
    // row order. The engine leaves the unplaced rows on no point.
    const placed = distinctPoints(table);
    const lat = Float64Array.from([Number.NaN, ...placed.lat]);
    const lon = Float64Array.from([Number.NaN, ...placed.lon]);
    const ofRow = placed.ofRow.map((point) => (point === NO_INDEX ? NO_INDEX : point + 1));
    const start = new Uint32Array(lat.length + 1);
    for (let p = 0; p < lat.length; p++) start[p + 1] = start[p]! + (p === 0 ? 0 : placed.rowCount[p - 1]!);
    const rows = new Uint32Array(start[lat.length]!);
    const next = start.slice();
    ofRow.forEach((point, row) => point !== NO_INDEX && (rows[next[point]!++] = row));
    const grouped = nearestIndexOfPoints(table, {
      pointLat: lat,
      pointLon: lon,
      pointStart: start,
      pointRows: rows,
      rowPoint: ofRow,
    });
    // From 0°, 0° the point of NaNs would come first, were it placed there with its no rows.
    for (const from of [{ lat: 0, lon: 0 }, FRANKFURT, STRASBOURG]) {
      for (const limit of [1, 3, 10]) {
        const expected = nearestSites(index, { from, limit });
        expect(expected.length).toBe(Math.min(limit, 6));
        expect(nearestSites(grouped, { from, limit })).toEqual(expected);
      }
    }
  });
});
