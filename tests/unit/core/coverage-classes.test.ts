import { describe, expect, it } from 'vitest';
import { classOf, siteCountClasses } from '../../../src/core/coverage/classes';

describe('siteCountClasses', () => {
  it('makes 1-2-5 classes up to the largest count, with text labels', () => {
    // Largest count 17 (MT103-203's Germany): lower bounds 1, 2, 5, 10; the top class ends at 17.
    const classes = siteCountClasses(17);
    expect(classes.map((c) => c.label)).toEqual(['1 site', '2–4 sites', '5–9 sites', '10–17 sites']);
    // Four classes spread over five shades: round(i × 4 / 3) = 0, 1, 3, 4.
    expect(classes.map((c) => c.shade)).toEqual([0, 1, 3, 4]);
  });

  it('thins the series to five classes for large counts', () => {
    // 1, 2, 5, …, 1,000,000 has 19 bounds (indexes 0..18); keep indexes round(i × 18 / 4) = 0, 5, 9, 14, 18.
    const classes = siteCountClasses(1_000_000);
    expect(classes.map((c) => c.label)).toEqual([
      '1–49 sites',
      '50–999 sites',
      '1,000–49,999 sites',
      '50,000–999,999 sites',
      '1,000,000 sites',
    ]);
    expect(classes.map((c) => c.shade)).toEqual([0, 1, 2, 3, 4]);
  });

  it('has one darkest class for a single site, and none for no sites', () => {
    expect(siteCountClasses(1)).toEqual([{ min: 1, max: 1, label: '1 site', shade: 4 }]);
    expect(siteCountClasses(0)).toEqual([]);
  });

  it('puts every count in exactly one class', () => {
    // 1, 2, 5, 10, 20, 50, 100, 200 thinned at round(i × 7 / 4) = 0, 2, 4, 5, 7: bounds 1, 5, 20, 50, 200.
    const classes = siteCountClasses(230);
    expect(classes.map((c) => c.min)).toEqual([1, 5, 20, 50, 200]);
    for (let count = 1; count <= 230; count++) {
      expect(classes.filter((c) => count >= c.min && count <= c.max)).toHaveLength(1);
    }
    expect(classOf(classes, 0)).toBeNull();
    expect(classOf(classes, 7)?.label).toBe('5–19 sites');
    expect(classOf(classes, 230)?.label).toBe('200–230 sites');
  });
});
