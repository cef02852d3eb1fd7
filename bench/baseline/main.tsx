// The benchmark's baseline: a site map built the common way (react-leaflet + Leaflet.markercluster, one
// L.marker per site, the cluster group cleared and refilled on each filter change). Same marks as the app.
import L from 'leaflet';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MapContainer, useMap } from 'react-leaflet';

interface BaselineSite {
  country: string;
  status: string;
  lat: number | null;
  lon: number | null;
}

const ENROLLING = new Set(['RECRUITING', 'ENROLLING_BY_INVITATION', 'AVAILABLE']);
const icon = L.divIcon({ className: 'baseline-marker', iconSize: [10, 10] });
// leaflet.markercluster extends the global L.
(window as unknown as { L: typeof L }).L = L;
await import('leaflet.markercluster');

let painted = false;

function afterPaint(mark: string) {
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(mark)));
}

function Clusters({
  sites,
  germany,
  enrolling,
}: {
  sites: BaselineSite[];
  germany: boolean;
  enrolling: boolean;
}) {
  const map = useMap();
  const markers = useMemo(
    () =>
      sites.map((site) =>
        site.lat === null || site.lon === null ? null : L.marker([site.lat, site.lon], { icon }),
      ),
    [sites],
  );
  const [group] = useState(() => L.markerClusterGroup());
  useEffect(() => {
    map.addLayer(group);
    return () => void map.removeLayer(group);
  }, [map, group]);
  useEffect(() => {
    const visible: L.Marker[] = [];
    sites.forEach((site, i) => {
      const marker = markers[i];
      if (!marker || (germany && site.country !== 'DE') || (enrolling && !ENROLLING.has(site.status))) return;
      visible.push(marker);
    });
    group.clearLayers();
    group.addLayers(visible);
    afterPaint(painted ? 'ta:filter-applied' : 'ta:first-cluster-paint');
    painted = true;
  }, [group, markers, sites, germany, enrolling]);
  return null;
}

function Baseline() {
  const [sites, setSites] = useState<BaselineSite[] | null>(null);
  const [germany, setGermany] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  useEffect(() => {
    const name = new URLSearchParams(location.search).get('dataset') ?? 'default';
    void fetch(`/data/${encodeURIComponent(name)}/dataset.json`)
      .then((response) => response.text())
      .then((text) => {
        performance.mark('ta:dataset-arrived');
        setSites((JSON.parse(text) as { sites: BaselineSite[] }).sites);
      });
  }, []);
  return (
    <div style={{ display: 'flex', height: '100vh' }}>
      <form style={{ width: 220, padding: 8 }}>
        <fieldset>
          <legend>Country</legend>
          <label>
            <input type="checkbox" checked={germany} onChange={() => setGermany(!germany)} /> Germany
          </label>
        </fieldset>
        <fieldset>
          <legend>Status</legend>
          <label>
            <input type="checkbox" checked={enrolling} onChange={() => setEnrolling(!enrolling)} /> Enrolling
          </label>
        </fieldset>
        <p role="status">{sites ? `${sites.length} sites` : 'Loading…'}</p>
      </form>
      <MapContainer center={[30, 0]} zoom={2} maxZoom={18} style={{ flex: 1 }}>
        {sites && <Clusters sites={sites} germany={germany} enrolling={enrolling} />}
      </MapContainer>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Baseline />);
