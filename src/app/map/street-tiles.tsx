// The raster street map, when it can be reached. While no tile has been drawn (offline, or the tile server
// down), the map says so once (SiteMap shows the note), credits only what it draws, stops zooming where the
// embedded map has no more detail, and names towns from the place list instead.
import { useEffect, useState } from 'react';
import { TileLayer, useMap } from 'react-leaflet';
import { TILE_TEMPLATE } from '../data/tile-template';
import { useT } from '../i18n/i18n-store';
import { reportStreetMapOffline } from '../state/results';
import { OfflinePlaces } from './offline-places';
import './offline-places.css';
import { useMapCredit } from './use-map-credit';

const OPENSTREETMAP = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
/** Street detail ends with the tiles: the countries and town names say nothing more closer in. */
export const OFFLINE_MAX_ZOOM = 10;
export const MAX_ZOOM = 18;

export function StreetTiles() {
  const map = useMap();
  const t = useT();
  // 'unknown' until the first tile loads or fails.
  const [tiles, setTiles] = useState<'unknown' | 'drawn' | 'unavailable'>(
    TILE_TEMPLATE ? 'unknown' : 'unavailable',
  );

  useMapCredit(tiles === 'drawn' ? t('map.streetsCredit', { source: OPENSTREETMAP }) : null);
  useEffect(() => {
    if (tiles === 'drawn') map.setMaxZoom(MAX_ZOOM);
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
