// The clusters' radius against the markers' sizes: at the zooms a world or a continent is seen at, the markers of
// a registry-like dataset (synthetic sites in GeoNames' towns) stand where their sites are, with hardly any to be
// moved apart so that none covers another.
import { describe, expect, it } from 'vitest';
import { ClusterView, mapMarker } from '../../../src/core/cluster-view';
import { distinctPoints } from '../../../src/core/distinct-points';
import { buildAncestors, DEFAULT_CLUSTER_OPTIONS, latY, lngX } from '../../../src/core/point-clusters';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { spreadTargets } from '../../../src/core/spread-targets';
import { readGeoNames } from '../../../src/pipeline/geonames';
import { synthesizeDataset } from '../../../src/pipeline/synth';

const dataset = synthesizeDataset({ sites: 20_000, trials: 2_000, seed: 3, name: 'spacing' }, readGeoNames());
const points = distinctPoints(siteTableFromDataset(dataset));
const weight = points.rowCount;
const hierarchy = {
  options: DEFAULT_CLUSTER_OPTIONS,
  ancestors: buildAncestors(points.lon, points.lat, weight, DEFAULT_CLUSTER_OPTIONS),
};
const view = new ClusterView(hierarchy, points.lon, points.lat, weight, 1);
view.setPointCounts(Uint32Array.from(weight));
// Only the points' places matter here; the sites' ids and cities do not.
const sites = {
  pointLat: points.lat,
  pointLon: points.lon,
  firstRow: () => undefined,
  idAt: () => '',
  cityAt: () => '',
};

/** The map's marker sizes (app/map/marker-icon.ts): 24 px for one site, growing with the count up to 52 px. */
const markerSize = (count: number, cluster: boolean) =>
  !cluster && count === 1 ? 24 : Math.min(52, 28 + Math.round(Math.log10(count) * 9));

describe('the clusters at low zooms', () => {
  it.each([1, 2, 3, 4])('leave the markers at zoom %i where their sites are', (zoom) => {
    const world = 256 * 2 ** zoom;
    const markers = view.markers([-180, -85, 180, 85], zoom);
    expect(markers.reduce((sum, marker) => sum + marker.count, 0)).toBe(20_000);
    // Placed as the map places them: a point's marker on its point, a cluster's on its sites' weighted centre.
    const targets = markers
      .map((marker) => mapMarker(marker, sites))
      .map((marker) => ({
        x: lngX(marker.lon) * world,
        y: latY(marker.lat) * world,
        size: markerSize(marker.count, marker.kind === 'cluster'),
      }));
    const offsets = spreadTargets(targets);
    const moves = offsets.map(({ dx, dy }) => Math.hypot(dx, dy));
    // With half the radius, some were pushed 42 to 70 px from their sites here to stop them covering one another.
    expect(Math.max(...moves)).toBeLessThan(12);
    expect(moves.filter((move) => move > 0).length).toBeLessThan(targets.length / 4);
  });
});
