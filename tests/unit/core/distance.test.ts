import { describe, expect, it } from 'vitest';
import { distanceKm, isValidPoint } from '../../../src/core/distance';

const PARIS = { lat: 48.8566, lon: 2.3522 };
const LONDON = { lat: 51.5074, lon: -0.1278 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };
const LOS_ANGELES = { lat: 34.0522, lon: -118.2437 };
const SYDNEY = { lat: -33.8688, lon: 151.2093 };
const FRANKFURT = { lat: 50.1109, lon: 8.6821 };
const MUNICH = { lat: 48.1374, lon: 11.5755 };

describe('distanceKm', () => {
  it.each([
    ['Paris–London', PARIS, LONDON, 344],
    ['New York–Los Angeles', NEW_YORK, LOS_ANGELES, 3936],
    ['Frankfurt–Munich', FRANKFURT, MUNICH, 304],
    ['London–Sydney', LONDON, SYDNEY, 16994],
  ])('%s is about %i km', (_name, from, to, expected) => {
    // Published great-circle figures on a 6371 km sphere; within 0.5 % of them.
    expect(distanceKm(from, to)).toBeGreaterThan(expected * 0.995);
    expect(distanceKm(from, to)).toBeLessThan(expected * 1.005);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(PARIS, LONDON)).toBeCloseTo(distanceKm(LONDON, PARIS), 9);
    expect(distanceKm(FRANKFURT, FRANKFURT)).toBe(0);
  });

  it('crosses the antimeridian the short way', () => {
    // One degree of longitude on the equator is about 111.2 km, whichever side of 180° it spans.
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.19, 1);
  });

  it('is half the circumference between antipodes', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371, 3);
  });

  it('is NaN when a point lacks coordinates', () => {
    expect(distanceKm({ lat: Number.NaN, lon: 2 }, PARIS)).toBeNaN();
    expect(distanceKm(PARIS, { lat: 91, lon: 0 })).toBeNaN();
    expect(isValidPoint({ lat: -90, lon: 180 })).toBe(true);
    expect(isValidPoint({ lat: 0, lon: Number.POSITIVE_INFINITY })).toBe(false);
  });
});
