// Distances in the language shown, from the platform's Intl unit formatting.
import { describe, expect, it } from 'vitest';
import { createFormats } from '../../src/app/i18n/formats';

const { distance } = createFormats('en');

describe('distances', () => {
  it('rounds to whole units', () => {
    expect(distance(42.4, 'km')).toBe('42 km');
    expect(distance(42, 'mi')).toBe('26 mi');
    expect(distance(1204.2, 'km')).toBe('1,204 km');
  });

  it('says how close a very near site is', () => {
    expect(distance(0, 'km')).toBe('0 km');
    expect(distance(0.3, 'km')).toBe('< 1 km');
    expect(distance(0.6, 'km')).toBe('1 km');
  });

  it('is empty for an unknown distance', () => {
    expect(distance(Number.NaN, 'km')).toBe('');
  });
});

describe('distances in other languages', () => {
  it('writes the number and unit as the language does', () => {
    expect(createFormats('de').distance(1204.2, 'km')).toBe('1.204 km');
    expect(createFormats('pl').distance(1204.2, 'km')).toBe('1204 km');
    expect(createFormats('fr').distance(0.3, 'km')).toMatch(/^< 1\s+km$/);
  });
});
