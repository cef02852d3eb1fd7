import { describe, expect, it } from 'vitest';
import { currentPosition, GeolocationError } from '../../src/app/data/geolocation';

function failingWith(code: number): Geolocation {
  return {
    getCurrentPosition: (_ok: PositionCallback, fail?: PositionErrorCallback | null) =>
      fail?.({ code, message: 'test' } as GeolocationPositionError),
  } as Geolocation;
}

describe('currentPosition', () => {
  it('gives the coordinates the browser reports', async () => {
    const geolocation = {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { latitude: 50.11, longitude: 8.68 } } as GeolocationPosition),
    } as Geolocation;
    await expect(currentPosition(geolocation)).resolves.toEqual({ lat: 50.11, lon: 8.68 });
  });

  it.each([
    [1, 'denied', 'Location permission was denied'],
    [2, 'unavailable', 'Your position is unavailable right now'],
    [3, 'timeout', 'Finding your position took too long'],
  ])('names failure code %i as %s, with a message', async (code, reason, message) => {
    const failure = await currentPosition(failingWith(code)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeolocationError);
    expect((failure as GeolocationError).reason).toBe(reason);
    expect((failure as GeolocationError).message).toContain(message);
  });

  it('says so when the browser has no geolocation', async () => {
    await expect(currentPosition(undefined)).rejects.toMatchObject({ reason: 'unsupported' });
  });
});
