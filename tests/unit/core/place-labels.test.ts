import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOT, placeLabels, populationFloor } from '../../../src/core/place-labels';
import type { Rect } from '../../../src/core/spread-targets';

const apart = (a: Rect, b: Rect) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
const contains = (box: Rect, x: number, y: number) =>
  box.x <= x && x <= box.x + box.width && box.y <= y && y <= box.y + box.height;

const candidate = fc.record({
  x: fc.integer({ min: 0, max: 300 }),
  y: fc.integer({ min: 0, max: 300 }),
  width: fc.integer({ min: 10, max: 120 }),
  height: fc.constant(16),
});
const marker = fc
  .record({
    x: fc.integer({ min: 0, max: 300 }),
    y: fc.integer({ min: 0, max: 300 }),
    size: fc.integer({ min: 24, max: 52 }),
  })
  .map(({ x, y, size }) => ({ x, y, width: size, height: size }));

describe('offline place labels', () => {
  it('names smaller places as the map zooms in, and every place at city zoom', () => {
    const floors = [3, 4, 5, 6, 7, 8, 9, 10, 11].map(populationFloor);
    expect(floors).toEqual([...floors].sort((a, b) => b - a));
    expect(populationFloor(6)).toBeGreaterThan(123_000); // Monza is not named beside Milan at zoom 6
    expect(populationFloor(10)).toBe(0);
  });

  it('keeps the most important labels, never one over another or over a marker, each at its place', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 40 }),
        fc.array(marker, { maxLength: 8 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(marker, { maxLength: 2 }),
        (candidates, markers, limit, buttons) => {
          const placed = placeLabels(candidates, markers, limit, { gap: 0, covered: buttons });
          for (const label of placed) for (const box of buttons) expect(apart(label.box, box)).toBe(true);
          expect(placed.length).toBeLessThanOrEqual(limit);
          if (candidates.length && !markers.length && !buttons.length) expect(placed[0]!.index).toBe(0);
          for (const label of placed) {
            for (const other of placed) if (other !== label) expect(apart(label.box, other.box)).toBe(true);
            for (const box of markers) expect(apart(label.box, box)).toBe(true);
            const place = candidates[label.index]!;
            if (label.dot) {
              // The dot is on the place, at the label's left or right end.
              const dotX =
                label.dot === 'left' ? label.box.x + DOT / 2 : label.box.x + label.box.width - DOT / 2;
              expect(dotX).toBeCloseTo(place.x);
              expect(label.box.y + label.box.height / 2).toBeCloseTo(place.y);
            } else {
              // No dot only where a marker stands on the place: the name is beside that marker.
              const under = markers.filter((box) =>
                contains(
                  { ...box, x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 },
                  place.x,
                  place.y,
                ),
              );
              expect(under.length).toBeGreaterThan(0);
            }
          }
        },
      ),
    );
  });

  it('moves a name off a marker: beside the marker standing on its place, or to the dot’s other side', () => {
    // Monza with a site's marker on it: "Monza" sits right of the marker, without a dot.
    const monza = { x: 100, y: 100, width: 40, height: 16 };
    const site = { x: 88, y: 88, width: 24, height: 24 };
    expect(placeLabels([monza], [site], 10)).toEqual([
      { index: 0, box: { x: 114, y: 92, width: 40, height: 16 }, dot: null },
    ]);
    // A marker just right of a town: the name reads to the left of its dot.
    const east = { x: 120, y: 90, width: 24, height: 24 };
    const [label] = placeLabels([monza], [east], 10);
    expect(label).toMatchObject({ dot: 'right', box: { x: 53 } });
    // Hemmed in on every side: left unnamed.
    const around = [east, { x: 40, y: 90, width: 24, height: 24 }];
    expect(placeLabels([monza], around, 10)).toEqual([]);
  });
});
