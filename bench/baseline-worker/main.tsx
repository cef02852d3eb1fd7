// The second baseline: how a skilled engineer would build the site map without Trial Atlas's engine.
// react-leaflet draws the clusters that supercluster, in a Web Worker, computes for the view; a filter
// change re-clusters the filtered sites in the worker and, once it has, asks for the view's clusters again.
// The benchmark driver marks the paints from the worker's `clusters` answers, as it does for the app.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MapContainer, useMap } from 'react-leaflet';
import type { Cluster, Filters } from './clusters-worker';

const worker = new Worker(new URL('./clusters-worker.ts', import.meta.url), { type: 'module' });
let nextId = 0;
const waiting = new Map<number, (value: unknown) => void>();
worker.addEventListener('message', ({ data }: MessageEvent<{ id: number; value: unknown }>) => {
  waiting.get(data.id)?.(data.value);
  waiting.delete(data.id);
});
function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const id = ++nextId;
  return new Promise<T>((resolve) => {
    waiting.set(id, resolve as (value: unknown) => void);
    worker.postMessage({ id, method, args });
  });
}

function icon(count: number): L.DivIcon {
  const size = count === 1 ? 12 : count < 100 ? 30 : count < 1000 ? 36 : 44;
  return L.divIcon({
    className: 'baseline-cluster',
    html: count === 1 ? '' : String(count),
    iconSize: [size, size],
  });
}

/** `version` counts the worker's answers to `open` and `setFilters`: clusters are asked for once it re-clustered. */
function Clusters({ version }: { version: number }) {
  const map = useMap();
  const [layer] = useState(() => L.layerGroup());
  const asked = useRef(0);
  useEffect(() => {
    layer.addTo(map);
    return () => void layer.remove();
  }, [map, layer]);
  useEffect(() => {
    if (version === 0) return;
    const draw = () => {
      const mine = ++asked.current;
      const bounds = map.getBounds();
      const bbox = [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ];
      void call<Cluster[]>('clusters', bbox, map.getZoom()).then((clusters) => {
        if (mine !== asked.current) return;
        layer.clearLayers();
        for (const cluster of clusters)
          L.marker([cluster.lat, cluster.lon], { icon: icon(cluster.count) }).addTo(layer);
      });
    };
    draw();
    map.on('moveend', draw);
    return () => void map.off('moveend', draw);
  }, [map, layer, version]);
  return null;
}

function Baseline() {
  const [filters, setFilters] = useState<Filters>({ germany: false, enrolling: false });
  // The sites shown, and how many answers the worker has given (a new one re-draws the clusters).
  const [shown, setShown] = useState<{ count: number; version: number } | null>(null);
  const opened = useRef(false);
  useEffect(() => {
    const answered = (count: number) => setShown((now) => ({ count, version: (now?.version ?? 0) + 1 }));
    if (!opened.current) {
      opened.current = true;
      const name = new URLSearchParams(location.search).get('dataset') ?? 'default';
      void call<number>('open', name).then(answered);
      return;
    }
    void call<number>('setFilters', filters).then(answered);
  }, [filters]);
  const toggle = (key: keyof Filters) => setFilters((now) => ({ ...now, [key]: !now[key] }));
  return (
    <div style={{ display: 'flex', height: '100vh' }}>
      <style>
        {
          '.baseline-cluster{background:#0b4f6c;color:#fff;border-radius:50%;display:grid;place-items:center;font:12px sans-serif}'
        }
      </style>
      <form style={{ width: 220, padding: 8 }}>
        <fieldset>
          <legend>Country</legend>
          <label>
            <input type="checkbox" checked={filters.germany} onChange={() => toggle('germany')} /> Germany
          </label>
        </fieldset>
        <fieldset>
          <legend>Status</legend>
          <label>
            <input type="checkbox" checked={filters.enrolling} onChange={() => toggle('enrolling')} />{' '}
            Enrolling
          </label>
        </fieldset>
        <p role="status">{shown === null ? 'Loading…' : `${shown.count} sites`}</p>
      </form>
      <MapContainer center={[30, 0]} zoom={2} maxZoom={18} style={{ flex: 1 }}>
        <Clusters version={shown?.version ?? 0} />
      </MapContainer>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Baseline />);
