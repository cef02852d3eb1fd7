import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredBy, spreadTargets, type Target } from '../../../src/core/spread-targets';

const overlap = (a: Target, b: Target) =>
  Math.abs(a.x - b.x) < (a.size + b.size) / 2 - 1e-6 && Math.abs(a.y - b.y) < (a.size + b.size) / 2 - 1e-6;

describe('spreadTargets', () => {
  it('leaves targets that do not touch where they are', () => {
    const targets = [
      { x: 0, y: 0, size: 24 },
      { x: 30, y: 0, size: 24 },
    ];
    expect(spreadTargets(targets)).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('parts two overlapping targets by the smallest move, half each', () => {
    const offsets = spreadTargets([
      { x: 0, y: 0, size: 24 },
      { x: 10, y: 2, size: 24 },
    ]);
    expect(offsets).toEqual([
      { dx: -7.5, dy: 0 },
      { dx: 7.5, dy: 0 },
    ]);
  });

  it('leaves no two targets overlapping, moving none farther than the crowd needs', () => {
    const target = fc.record({
      x: fc.integer({ min: 0, max: 200 }),
      y: fc.integer({ min: 0, max: 200 }),
      size: fc.constantFrom(24, 28, 32, 37),
    });
    fc.assert(
      fc.property(fc.array(target, { maxLength: 12 }), (targets) => {
        const offsets = spreadTargets(targets);
        const moved = targets.map((t, i) => ({ ...t, x: t.x + offsets[i]!.dx, y: t.y + offsets[i]!.dy }));
        for (let i = 0; i < moved.length; i++)
          for (let j = i + 1; j < moved.length; j++) expect(overlap(moved[i]!, moved[j]!)).toBe(false);
        for (const { dx, dy } of offsets) expect(Math.hypot(dx, dy)).toBeLessThan(37 * targets.length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('parts a crowd of markers over a wider screen the same way: none overlapping once it settles', () => {
    const target = fc.record({
      x: fc.integer({ min: -300, max: 900 }),
      y: fc.integer({ min: -300, max: 700 }),
      size: fc.constantFrom(24, 28, 37, 52),
    });
    fc.assert(
      fc.property(fc.array(target, { minLength: 20, maxLength: 150 }), (targets) => {
        const offsets = spreadTargets(targets, 1, 500);
        const moved = targets.map((t, i) => ({ ...t, x: t.x + offsets[i]!.dx, y: t.y + offsets[i]!.dy }));
        for (let i = 0; i < moved.length; i++)
          for (let j = i + 1; j < moved.length; j++) expect(overlap(moved[i]!, moved[j]!)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe('coveredBy', () => {
  it('says whether a moved target lies partly under a rectangle', () => {
    const button = { x: 100, y: 0, width: 80, height: 40 };
    expect(coveredBy({ x: 90, y: 20, size: 24 }, { dx: 0, dy: 0 }, [button])).toBe(true);
    expect(coveredBy({ x: 90, y: 20, size: 24 }, { dx: -3, dy: 0 }, [button])).toBe(false);
    expect(coveredBy({ x: 140, y: 60, size: 24 }, { dx: 0, dy: 0 }, [button])).toBe(false);
  });
});
