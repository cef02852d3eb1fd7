// A map view's box in longitudes as Leaflet reports it: west and east may run past ±180 when the view crosses
// the antimeridian.

/**
 * The one or two longitude ranges within [-180, 180] that a view from west to east covers (east ≥ west, either
 * possibly beyond ±180, as a map panned across the antimeridian reports them).
 */
export function longitudeRanges(west: number, east: number): [number, number][] {
  if (!(east - west < 360)) return [[-180, 180]];
  const start = ((((west + 180) % 360) + 360) % 360) - 180;
  const end = start + Math.max(0, east - west);
  return end <= 180
    ? [[start, end]]
    : [
        [start, 180],
        [-180, end - 360],
      ];
}
