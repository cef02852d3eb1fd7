import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../../src/core/bounded-cache';

describe('boundedCache', () => {
  it('makes each value once, and starts over when full', () => {
    const made: string[] = [];
    const cache = boundedCache<string>(2);
    const get = (key: string) =>
      cache(key, () => {
        made.push(key);
        return key.toUpperCase();
      });
    expect([get('a'), get('b'), get('a'), get('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(made).toEqual(['a', 'b']);
    // A third key empties it: the first two are made again when next asked for.
    expect(get('c')).toBe('C');
    expect(get('a')).toBe('A');
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
