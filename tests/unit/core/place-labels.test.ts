import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, populationFloor } from '../../../src/core/place-labels';

describe('offline place labels', () => {
  it('names smaller places as the map zooms in, and every place at city zoom', () => {
    const floors = [3, 4, 5, 6, 7, 8, 9, 10, 11].map(populationFloor);
    expect(floors).toEqual([...floors].sort((a, b) => b - a));
    expect(populationFloor(6)).toBeGreaterThan(123_000); // Monza is not named beside Milan at zoom 6
    expect(populationFloor(10)).toBe(0);
  });

  it('keeps the most important labels and never one over another', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 300 }),
      width: fc.integer({ min: 10, max: 120 }),
      height: fc.constant(16),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (boxes, limit) => {
        const kept = placeLabels(boxes, limit, 0);
        expect(kept.length).toBeLessThanOrEqual(limit);
        if (boxes.length) expect(kept[0]).toBe(0);
        for (const i of kept)
          for (const j of kept) {
            if (i >= j) continue;
            const [a, b] = [boxes[i]!, boxes[j]!];
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart).toBe(true);
          }
      }),
    );
  });
});
