import { describe, expect, it } from 'vitest';
import {
  KM_PER_MILE,
  kmToUnit,
  radiusOptionsKm,
  snapRadiusKm,
  unitToKm,
  unitsForLocale,
  unitsForLocales,
} from '../../../src/core/units';

describe('unitsForLocale', () => {
  it.each([
    ['en-US', 'mi'],
    ['en-GB', 'mi'],
    ['my', 'mi'],
    ['en', 'mi'],
    ['es-US', 'mi'],
    ['en-IE', 'km'],
    ['de-DE', 'km'],
    ['fr', 'km'],
    ['pl-PL', 'km'],
    ['en-AU', 'km'],
  ])('%s reads distances in %s', (locale, unit) => {
    expect(unitsForLocale(locale)).toBe(unit);
  });

  it('falls back to km for a malformed or missing locale', () => {
    expect(unitsForLocale('not a locale!')).toBe('km');
    expect(unitsForLocale('')).toBe('km');
    expect(unitsForLocales([])).toBe('km');
    expect(unitsForLocales(['en-GB', 'de'])).toBe('mi');
  });
});

describe('radius choices', () => {
  it('converts both ways', () => {
    expect(kmToUnit(KM_PER_MILE * 10, 'mi')).toBeCloseTo(10, 12);
    expect(unitToKm(10, 'mi')).toBeCloseTo(16.09344, 12);
    expect(unitToKm(10, 'km')).toBe(10);
  });

  it('offers the same round numbers in each unit', () => {
    expect(radiusOptionsKm('km')).toEqual([25, 50, 100, 250, 500]);
    expect(radiusOptionsKm('mi').map((km) => kmToUnit(km, 'mi'))).toEqual([25, 50, 100, 250, 500]);
  });

  it('snaps a radius to the nearest choice when the unit changes, and back again', () => {
    expect(snapRadiusKm(100, 'mi')).toBeCloseTo(50 * KM_PER_MILE, 9);
    expect(snapRadiusKm(50 * KM_PER_MILE, 'km')).toBe(100);
    expect(snapRadiusKm(25, 'mi')).toBeCloseTo(25 * KM_PER_MILE, 9);
    expect(snapRadiusKm(null, 'mi')).toBeNull();
  });
});
