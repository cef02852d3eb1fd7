// The browser's position, asked for only when the person presses "Use my location". It stays in this tab.
export type GeolocationFailure = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

export class GeolocationError extends Error {
  constructor(readonly reason: GeolocationFailure) {
    super(GEOLOCATION_MESSAGES[reason]);
    this.name = 'GeolocationError';
  }
}

export const GEOLOCATION_MESSAGES: Record<GeolocationFailure, string> = {
  unsupported: 'This browser cannot tell your location. Type a town or city instead.',
  denied:
    'Location permission was denied. Allow location for this site in the browser settings, or type a town or city instead.',
  unavailable: 'Your position is unavailable right now. Try again, or type a town or city instead.',
  timeout: 'Finding your position took too long. Try again, or type a town or city instead.',
};

// GeolocationPositionError codes (PERMISSION_DENIED, POSITION_UNAVAILABLE, TIMEOUT).
const POSITION_ERRORS: Record<number, GeolocationFailure> = { 1: 'denied', 2: 'unavailable', 3: 'timeout' };

/** City-level precision is all near-me needs, so a quick, coarse fix is preferred over GPS. */
export function currentPosition(
  geolocation: Geolocation | undefined = typeof navigator === 'undefined' ? undefined : navigator.geolocation,
  timeoutMs = 10_000,
): Promise<{ lat: number; lon: number }> {
  return new Promise((resolve, reject) => {
    if (!geolocation) return reject(new GeolocationError('unsupported'));
    geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lon: position.coords.longitude }),
      (error) => {
        const reason =
          POSITION_ERRORS[error.code] ?? 'unavailable';
        reject(new GeolocationError(reason));
      },
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 10 * 60_000 },
    );
  });
}
