// The second baseline's worker: it downloads and parses the dataset, keeps the sites that pass the filters,
// re-clusters them with supercluster on every filter change and answers the page's cluster requests.
import Supercluster, { type PointFeature } from 'supercluster';

interface BaselineSite {
  country: string;
  status: string;
  lat: number | null;
  lon: number | null;
}
export interface Filters {
  germany: boolean;
  enrolling: boolean;
}
export interface Cluster {
  lat: number;
  lon: number;
  count: number;
}
type Call =
  | { id: number; method: 'open'; args: [string] }
  | { id: number; method: 'setFilters'; args: [Filters] }
  | { id: number; method: 'clusters'; args: [[number, number, number, number], number] };

const ENROLLING = new Set(['RECRUITING', 'ENROLLING_BY_INVITATION', 'AVAILABLE']);
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: Call }) => void) | null;
};

let sites: BaselineSite[] = [];
let filters: Filters = { germany: false, enrolling: false };
let index = new Supercluster();
let opened: Promise<void> = Promise.resolve();

function recluster(): number {
  const points: PointFeature<object>[] = [];
  for (const site of sites) {
    if (site.lat === null || site.lon === null) continue;
    if (filters.germany && site.country !== 'DE') continue;
    if (filters.enrolling && !ENROLLING.has(site.status)) continue;
    points.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
    });
  }
  // The app's own radius (core/point-clusters.ts), so that both pages draw about as many markers.
  index = new Supercluster({ radius: 112, maxZoom: 16 }).load(points);
  return points.length;
}

async function answer(call: Call): Promise<unknown> {
  if (call.method === 'open') {
    opened = fetch(`/data/${encodeURIComponent(call.args[0])}/dataset.json`)
      .then((response) => response.json() as Promise<{ sites: BaselineSite[] }>)
      .then((dataset) => {
        sites = dataset.sites;
      });
    await opened;
    return recluster();
  }
  await opened;
  if (call.method === 'setFilters') {
    filters = call.args[0];
    return recluster();
  }
  const [bbox, zoom] = call.args;
  return index.getClusters(bbox, zoom).map((feature): Cluster => ({
    lon: feature.geometry.coordinates[0]!,
    lat: feature.geometry.coordinates[1]!,
    count: (feature.properties as { point_count?: number }).point_count ?? 1,
  }));
}

scope.onmessage = ({ data }) => {
  answer(data).then(
    (value) => scope.postMessage({ id: data.id, ok: true, value }),
    (error: unknown) => scope.postMessage({ id: data.id, ok: false, error: String(error) }),
  );
};
