import fc from 'fast-check';
import KDBush from 'kdbush';
import { describe, expect, it } from 'vitest';
import { someInBox } from '../../../src/core/coverage/kd';

function indexOf(points: [number, number][]): KDBush {
  const index = new KDBush(points.length, 4); // small nodes, so the tests walk inner nodes too
  for (const [x, y] of points) index.add(x, y);
  return index.finish();
}

const coordinate = fc.double({ min: -100, max: 100, noNaN: true });
const point = fc.tuple(coordinate, coordinate);

describe('someInBox', () => {
  it('agrees with KDBush range() on whether a box holds a point that passes the test', () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 300 }),
        point,
        point,
        fc.nat(),
        (points, [x1, y1], [x2, y2], modulus) => {
          const index = indexOf(points);
          const [minX, maxX] = [Math.min(x1, x2), Math.max(x1, x2)];
          const [minY, maxY] = [Math.min(y1, y2), Math.max(y1, y2)];
          const wanted = (id: number) => id % (modulus + 2) === 0;
          const expected = index.range(minX, minY, maxX, maxY).some(wanted);
          expect(someInBox(index, minX, minY, maxX, maxY, (id) => wanted(id))).toBe(expected);
        },
      ),
    );
  });

  it('hands the test the coordinates of the point, and stops at the first hit', () => {
    const index = indexOf([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const seen: [number, number, number][] = [];
    expect(
      someInBox(index, 0, 0, 10, 10, (id, x, y) => {
        seen.push([id, x, y]);
        return true;
      }),
    ).toBe(true);
    expect(seen).toHaveLength(1);
    const [[id, x, y] = []] = seen;
    expect([x, y]).toEqual([(id ?? 0) + 1, (id ?? 0) + 1]);
  });
});
