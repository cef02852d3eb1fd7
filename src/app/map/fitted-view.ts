// Whether fitting the map to a result would change what it shows.
import type L from 'leaflet';

export interface FitOptions {
  paddingTopLeft: L.Point;
  paddingBottomRight: L.Point;
  maxZoom: number;
}

/**
 * Whether the map already shows `bounds` as fitBounds would: at the zoom the fit would choose, and either inside
 * the view less the padding, or less than the padding away from where the fit would centre them (a result wider
 * than the map at its widest, such as the world's sites). Fitting then would only nudge the map, and Leaflet
 * projects every border of the basemap again at each move.
 */
export function showsFitted(map: L.Map, bounds: L.LatLngBounds, options: FitOptions): boolean {
  const { paddingTopLeft: topLeft, paddingBottomRight: bottomRight } = options;
  const zoom = Math.min(options.maxZoom, map.getBoundsZoom(bounds, false, topLeft.add(bottomRight)));
  if (zoom !== map.getZoom()) return false;
  const size = map.getSize();
  const southWest = map.latLngToContainerPoint(bounds.getSouthWest());
  const northEast = map.latLngToContainerPoint(bounds.getNorthEast());
  const inside =
    southWest.x >= topLeft.x &&
    northEast.y >= topLeft.y &&
    northEast.x <= size.x - bottomRight.x &&
    southWest.y <= size.y - bottomRight.y;
  // Where fitBounds would put the map's centre, at this zoom: the result's middle, offset by the padding.
  const centre = southWest.add(northEast).divideBy(2).add(bottomRight.subtract(topLeft).divideBy(2));
  return inside || centre.distanceTo(size.divideBy(2)) < Math.min(topLeft.x, topLeft.y);
}
