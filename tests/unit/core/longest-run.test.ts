import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasing } from '../../../src/core/longest-run';

/** The length of a longest strictly increasing subsequence of the non-negative values, by brute force. */
function bruteLength(values: readonly number[]): number {
  const best: number[] = [];
  values.forEach((value, i) => {
    best[i] = value < 0 ? 0 : 1;
    for (let j = 0; j < i; j++)
      if (value >= 0 && values[j]! >= 0 && values[j]! < value) best[i] = Math.max(best[i]!, best[j]! + 1);
  });
  return Math.max(0, ...best);
}

describe('longestIncreasing', () => {
  it('keeps everything of a list already in order', () => {
    expect([...longestIncreasing([0, 1, 2, 5])].sort()).toEqual([0, 1, 2, 3]);
  });

  it('leaves out one item moved from the front to the back', () => {
    expect([...longestIncreasing([1, 2, 3, 0])].sort()).toEqual([0, 1, 2]);
  });

  it('never keeps an item not placed yet', () => {
    expect([...longestIncreasing([-1, 0, -1, 1])].sort()).toEqual([1, 3]);
    expect(longestIncreasing([]).size).toBe(0);
  });

  it('finds an increasing subsequence as long as any', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 40 }), (values) => {
        const kept = [...longestIncreasing(values)].sort((a, b) => a - b);
        const picked = kept.map((i) => values[i]!);
        expect(picked.every((value, k) => value >= 0 && (k === 0 || picked[k - 1]! < value))).toBe(true);
        expect(kept.length).toBe(bruteLength(values));
      }),
    );
  });
});
