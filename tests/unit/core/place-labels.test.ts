import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GazetteerFile } from '../../../src/core/gazetteer-format';
import { DOT, placeLabels, placesToName, populationFloor } from '../../../src/core/place-labels';
import type { Rect } from '../../../src/core/spread-targets';
import { coverageGazetteer } from './coverage-fixture';

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

  it('chooses the places of a view worth naming at its zoom, most populous first', () => {
    const names = (bbox: [number, number, number, number], zoom: number, limit: number) =>
      placesToName(coverageGazetteer, bbox, zoom, limit).map((place) => place.name);
    // Central Europe at city zoom: every place in it, Elsewhere (Spain, west of the view) left out.
    expect(names([0, 40, 20, 61], 10, 20)).toEqual([
      'South',
      'Ostburg',
      'North',
      'Mid',
      'Between',
      'Half',
      'Zero',
      'Border',
      'Tiny',
    ]);
    expect(names([0, 40, 20, 61], 10, 3)).toEqual(['South', 'Ostburg', 'North']);
    // Zoomed out, only big cities: none in that view, Madrid-sized Elsewhere in a wider one.
    expect(names([0, 40, 20, 61], 4, 20)).toEqual([]);
    expect(names([-10, 30, 20, 61], 4, 20)).toEqual(['Elsewhere']);
    // A place on the view's edge is in it; the answer carries what the label needs.
    expect(placesToName(coverageGazetteer, [10, 54, 12, 55], 10, 5)).toEqual([
      { name: 'North', lat: 54, lon: 10, population: 400_000 },
    ]);
  });

  it('never leaves out a place more populous than one it names (property)', () => {
    const place = fc.record({
      lat: fc.integer({ min: -80, max: 80 }),
      lon: fc.integer({ min: -180, max: 180 }),
      population: fc.constantFrom(0, 5_000, 40_000, 300_000, 2_500_000),
    });
    fc.assert(
      fc.property(
        fc.array(place, { maxLength: 60 }),
        fc.tuple(fc.integer({ min: -180, max: 170 }), fc.integer({ min: -80, max: 70 })),
        fc.integer({ min: 2, max: 11 }),
        fc.integer({ min: 1, max: 20 }),
        (rows, [west, south], zoom, limit) => {
          const bbox: [number, number, number, number] = [west, south, west + 40, south + 20];
          const file: GazetteerFile = {
            ...coverageGazetteer,
            geonameId: rows.map((_, i) => i),
            name: rows.map((_, i) => `P${i}`),
            country: rows.map(() => 'DE'),
            admin1: rows.map(() => ''),
            alt: rows.map(() => ''),
            lat: rows.map((row) => row.lat),
            lon: rows.map((row) => row.lon),
            population: rows.map((row) => row.population),
          };
          const inView = (row: { lat: number; lon: number; population: number }) =>
            row.population >= populationFloor(zoom) &&
            row.lon >= bbox[0] &&
            row.lat >= bbox[1] &&
            row.lon <= bbox[2] &&
            row.lat <= bbox[3];
          const named = placesToName(file, bbox, zoom, limit);
          const eligible = rows.flatMap((row, i) => (inView(row) ? [{ ...row, name: `P${i}` }] : []));
          expect(named).toHaveLength(Math.min(limit, eligible.length));
          expect(named.every((found) => inView(found))).toBe(true);
          const populations = named.map((found) => found.population);
          expect(populations).toEqual([...populations].sort((a, b) => b - a));
          const least = populations.at(-1) ?? Infinity;
          const namedSet = new Set(named.map((found) => found.name));
          const left = eligible.filter((row) => !namedSet.has(row.name));
          expect(left.every((row) => row.population <= least)).toBe(true);
        },
      ),
    );
  });
});
