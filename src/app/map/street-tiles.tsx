// The raster street map, when it can be reached. While no tile has been drawn (offline, or the tile server
// down), the map says so once (SiteMap shows the note), credits only what it draws, stops zooming where the
// embedded map has no more detail, and names towns from the place list instead.
import { useEffect, useState } from 'react';
import { TileLayer, useMap } from 'react-leaflet';
import { TILE_TEMPLATE } from '../data/tile-template';
import { reportStreetMapOffline } from '../state/results';
import { OfflinePlaces } from './offline-places';
import './offline-places.css';

const TILE_CREDIT = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/** Street detail ends with the tiles: the countries and town names say nothing more closer in. */
export const OFFLINE_MAX_ZOOM = 10;
export const MAX_ZOOM = 18;

export function StreetTiles() {
  const map = useMap();
  // 'unknown' until the first tile loads or fails.
  const [tiles, setTiles] = useState<'unknown' | 'drawn' | 'unavailable'>(
    TILE_TEMPLATE ? 'unknown' : 'unavailable',
  );

  useEffect(() => {
    const control = map.attributionControl;
    if (tiles === 'drawn') {
      control?.addAttribution(TILE_CREDIT);
      map.setMaxZoom(MAX_ZOOM);
      return () => {
        control?.removeAttribution(TILE_CREDIT);
      };
    }
    if (tiles === 'unavailable') map.setMaxZoom(OFFLINE_MAX_ZOOM);
  }, [map, tiles]);

  // Only a street map that was meant to be drawn is missed (VITE_TILE_URL=off draws none by choice).
  useEffect(() => {
    reportStreetMapOffline(Boolean(TILE_TEMPLATE) && tiles === 'unavailable');
    return () => reportStreetMapOffline(false);
  }, [tiles]);

  return (
    <>
      {TILE_TEMPLATE && (
        <TileLayer
          url={TILE_TEMPLATE}
          maxZoom={19}
          eventHandlers={{
            tileload: () => setTiles('drawn'),
            tileerror: () => setTiles((state) => (state === 'drawn' ? state : 'unavailable')),
          }}
        />
      )}
      {tiles === 'unavailable' && <OfflinePlaces />}
    </>
  );
}
