import { describe, expect, it } from 'vitest';
import { isWithin, nearestPoint, sitePoints } from '../../../src/core/coverage/points';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { coverageDataset, KM_PER_DEGREE } from './coverage-fixture';

function pointsAt(coordinates: [number, number][]) {
  const [template] = coverageDataset.sites;
  if (!template) throw new Error('fixture has no sites');
  const sites = coordinates.map(([lat, lon], index) => ({ ...template, id: `p${index}`, lat, lon }));
  const table = siteTableFromDataset({ ...coverageDataset, sites });
  return sitePoints(
    table,
    Uint32Array.from(sites, (_, row) => row),
  );
}

describe('site points', () => {
  it('keeps one point per distinct position and leaves out sites without coordinates', () => {
    const table = siteTableFromDataset(coverageDataset);
    const points = sitePoints(
      table,
      Uint32Array.from({ length: table.size }, (_, row) => row),
    );
    // de-1 and de-2 share (50, 10); at-1 has no coordinates: 6 sites, 4 points.
    expect(points.count).toBe(4);
    expect([...points.sites]).toEqual([2, 1, 1, 1]);
    expect([...points.firstRow]).toEqual([0, 2, 3, 4]);
  });

  it('answers "within" exactly at the radius, across the date line and over a pole', () => {
    const points = pointsAt([
      [0, 179.9],
      [89.9, 180],
    ]);
    // 0.2° of longitude on the equator: 0.2 × 111.19 = 22.2 km, across the date line.
    expect(isWithin(points, 0, -179.9, 23)).toBe(true);
    expect(isWithin(points, 0, -179.9, 22)).toBe(false);
    // Over the North Pole: from (89.9, 0) to (89.9, 180) is 0.2° of a meridian, 22.2 km.
    expect(isWithin(points, 89.9, 0, 23)).toBe(true);
    expect(isWithin(points, 89.9, 0, 22)).toBe(false);
    expect(nearestPoint(points, 0, -179.9)?.km).toBeCloseTo(0.2 * KM_PER_DEGREE, 6);
  });

  it('finds nothing when no site has coordinates', () => {
    const points = pointsAt([]);
    expect(points.index).toBeNull();
    expect(isWithin(points, 0, 0, 20_000)).toBe(false);
    expect(nearestPoint(points, 0, 0)).toBeNull();
  });
});
