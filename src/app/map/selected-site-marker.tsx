// A ring around the selected site, so a selection made in the list shows on the map whatever the clustering.
import L from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { labelText } from '../../core/display-text';
import { useT } from '../i18n/i18n-store';
import { siteNameIn } from '../i18n/site-name';
import { useAppStore } from '../state/store';
import { useEngineQuery } from '../state/use-engine-query';

function ringIcon(label: string): L.DivIcon {
  const ring = document.createElement('span');
  ring.setAttribute('role', 'img');
  ring.setAttribute('aria-label', label);
  return L.divIcon({ html: ring, className: 'selected-ring', iconSize: [40, 40] });
}

export function SelectedSiteMarker() {
  const siteId = useAppStore((s) => s.selectedSiteId);
  const site = useEngineQuery(siteId ? (engine) => engine.site(siteId) : null, [siteId]);
  const t = useT();
  const icon = useMemo(
    () => site && ringIcon(t('marker.selected', { name: labelText(siteNameIn(site, t)) })),
    [site, t],
  );
  if (!site || !icon || site.lat === null || site.lon === null) return null;
  return (
    <Marker
      position={[site.lat, site.lon]}
      icon={icon}
      interactive={false}
      keyboard={false}
      zIndexOffset={-1000}
    />
  );
}
