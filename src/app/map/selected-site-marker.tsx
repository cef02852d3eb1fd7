// A ring around the selected site, so a selection made in the list shows on the map whatever the clustering.
import L from 'leaflet';
import { Marker } from 'react-leaflet';
import { useAppStore } from '../state/store';
import { useEngineQuery } from '../state/use-engine-query';

const RING = L.divIcon({ className: 'selected-ring', iconSize: [40, 40] });

export function SelectedSiteMarker() {
  const siteId = useAppStore((s) => s.selectedSiteId);
  const site = useEngineQuery(siteId ? (engine) => engine.site(siteId) : null, [siteId]);
  if (!site || site.lat === null || site.lon === null) return null;
  return (
    <Marker
      position={[site.lat, site.lon]}
      icon={RING}
      interactive={false}
      keyboard={false}
      zIndexOffset={-1000}
    />
  );
}
