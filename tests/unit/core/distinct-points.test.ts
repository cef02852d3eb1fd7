import { describe, expect, it } from 'vitest';
import { distinctPoints } from '../../../src/core/distinct-points';
import { NO_INDEX } from '../../../src/core/typed-index';

// Rows 0 and 2 share Milan; row 1 is Rome; rows 3 and 5 have no coordinates; row 4 is out of range.
const table = {
  size: 6,
  lat: Float64Array.of(45.46, 41.9, 45.46, Number.NaN, 95, Number.NaN),
  lon: Float64Array.of(9.19, 12.5, 9.19, Number.NaN, 9, Number.NaN),
};

describe('distinctPoints', () => {
  it('numbers points in order of first appearance and counts the rows on each', () => {
    const points = distinctPoints(table);
    expect(Array.from(points.lat)).toEqual([45.46, 41.9]);
    expect(Array.from(points.lon)).toEqual([9.19, 12.5]);
    expect(Array.from(points.ofRow)).toEqual([0, 1, 0, NO_INDEX, NO_INDEX, NO_INDEX]);
    expect(Array.from(points.firstRow)).toEqual([0, 1]);
    expect(Array.from(points.rowCount)).toEqual([2, 1]);
  });

  it('groups only the rows asked about', () => {
    const points = distinctPoints(table, Uint32Array.of(2, 1));
    expect(Array.from(points.firstRow)).toEqual([2, 1]);
    expect(Array.from(points.rowCount)).toEqual([1, 1]);
    expect(points.ofRow[0]).toBe(NO_INDEX);
  });

  it('puts every row without valid coordinates on one unplaced point when asked', () => {
    const points = distinctPoints(table, undefined, { keepUnplaced: true });
    expect(Array.from(points.ofRow)).toEqual([0, 1, 0, 2, 2, 2]);
    expect(points.lat[2]).toBeNaN();
    expect(points.lon[2]).toBeNaN();
    expect(Array.from(points.rowCount)).toEqual([2, 1, 3]);
  });

  it('treats 0 and -0 as one coordinate', () => {
    const points = distinctPoints({ size: 2, lat: Float64Array.of(0, -0), lon: Float64Array.of(0, 0) });
    expect(points.rowCount.length).toBe(1);
  });
});
