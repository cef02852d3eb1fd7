// Markers of a view that reaches or crosses the 180° meridian: both sides are found, nothing recurses.
import { describe, expect, it } from 'vitest';
import { ClusterView } from '../../../src/core/cluster-view';
import { longitudeRanges } from '../../../src/core/view-box';
import { buildAncestors, DEFAULT_CLUSTER_OPTIONS } from '../../../src/core/point-clusters';

// Auckland and Wellington west of the meridian; the Chatham Islands and Nuku'alofa east of it.
const lon = Float64Array.from([174.76, 174.78, -176.56, -175.2]);
const lat = Float64Array.from([-36.85, -41.29, -43.95, -21.14]);
const weight = Uint32Array.from([1, 1, 1, 1]);
const GROUPS = 1;

function view(): ClusterView {
  const hierarchy = { options: DEFAULT_CLUSTER_OPTIONS, ancestors: buildAncestors(lon, lat, weight) };
  const clusters = new ClusterView(hierarchy, lon, lat, weight, GROUPS);
  clusters.setPointCounts(Uint32Array.from([1, 1, 1, 1]));
  return clusters;
}

const total = (markers: { count: number }[]) => markers.reduce((sum, m) => sum + m.count, 0);

describe('ClusterView across the antimeridian', () => {
  it.each([
    ['a view whose east edge is capped at 180', [150, -60, 180, 0]],
    ['a view running past 180', [130, -60, 230, 0]],
    ['a view running past -180', [-230, -60, -130, 0]],
  ] as const)('finds the markers of %s without overflowing the stack', (_, bbox) => {
    const clusters = view();
    for (const zoom of [2, 4, 8, 17]) {
      const markers = clusters.markers(bbox, zoom);
      const expected = bbox[0] === 150 ? 2 : 4; // capped at 180, the view ends at the meridian
      expect(total(markers)).toBe(expected);
    }
  });

  it('sees each point once in a view wider than the world', () => {
    expect(total(view().markers([-400, -85, 400, 85], 3))).toBe(4);
  });

  it('splits a box into the ranges inside ±180', () => {
    expect(longitudeRanges(150, 180)).toEqual([[150, 180]]);
    expect(longitudeRanges(-180, 180)).toEqual([[-180, 180]]);
    expect(longitudeRanges(130, 230)).toEqual([
      [130, 180],
      [-180, -130],
    ]);
    expect(longitudeRanges(-230, -130)).toEqual([
      [130, 180],
      [-180, -130],
    ]);
    expect(longitudeRanges(190, 200)).toEqual([[-170, -160]]);
    expect(longitudeRanges(0, 400)).toEqual([[-180, 180]]);
  });
});

describe('ClusterView after a filter change', () => {
  it('counts the new sites at a zoom already shown, and the same as before when the sites come back', () => {
    const clusters = view();
    const world = [-400, -85, 400, 85] as const;
    const before = [2, 8, 17].map((zoom) => clusters.markers(world, zoom));
    clusters.setPointCounts(Uint32Array.from([2, 0, 3, 0]));
    for (const zoom of [2, 8, 17]) {
      const markers = clusters.markers(world, zoom);
      expect(total(markers)).toBe(5);
      // Only the points left (Auckland, the Chatham Islands) are found or counted.
      expect(markers.every((m) => m.point === -1 || m.point === 0 || m.point === 2)).toBe(true);
    }
    clusters.setPointCounts(Uint32Array.from([1, 1, 1, 1]));
    expect([2, 8, 17].map((zoom) => clusters.markers(world, zoom))).toEqual(before);
  });
});
