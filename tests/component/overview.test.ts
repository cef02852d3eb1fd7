// The overview the pipeline writes must be what the engine draws for the unfiltered sites once they are in:
// the same markers (ids, places, counts) at every zoom it holds, and the same zoom at which each cluster splits.
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { encodeDataset } from '../../src/core/compact/encode';
import { decodeCompact } from '../../src/core/compact/decode';
import { buildOverview, overviewText } from '../../src/core/overview/build';
import { OVERVIEW_MAX_ZOOM, overviewMarkers } from '../../src/core/overview/format';
import { parseOverview } from '../../src/core/overview/read';
import { datasetSchema, type Dataset } from '../../src/core/schema';
import { EMPTY_FILTERS } from '../../src/core/view-state';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { spread } from './support/spread-dataset';

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];
const small = datasetSchema.parse(fixture);

const datasets: [string, Dataset][] = [
  ['small (with unmapped sites)', small],
  ['spread (20,000 sites)', spread(small, 20_000)],
];

const text = (bytes: Uint8Array) =>
  new TextEncoder().encode(overviewText(buildOverview(decodeCompact(bytes))));

describe.each(datasets)('the overview of the %s dataset', (_, dataset) => {
  const { sites: bytes, text: siteText } = encodeDataset(dataset);
  const overview = parseOverview(text(bytes));

  it('holds the markers the engine draws for the unfiltered sites, with the zoom each cluster splits at', async () => {
    const engine = new IndexedSiteEngine();
    await engine.loadCompact(bytes, siteText);
    const summary = await engine.setFilters(EMPTY_FILTERS);
    expect(overview.siteCount).toBe(dataset.sites.length);
    expect(overview.bounds).toEqual(summary.bounds);
    let clusters = 0;
    for (let zoom = 0; zoom <= OVERVIEW_MAX_ZOOM; zoom++) {
      const drawn = await engine.clusters(WORLD, zoom);
      const early = overviewMarkers(overview, WORLD, zoom)!;
      expect(early.map((m) => m.id)).toEqual(drawn.map((m) => m.id));
      early.forEach((marker, i) => {
        const real = drawn[i]!;
        expect({ ...marker, lat: 0, lon: 0 }).toEqual({ ...real, lat: 0, lon: 0, city: real.city ?? null });
        // Cluster centres are written to 5 decimals (about a metre).
        expect(marker.lat).toBeCloseTo(real.lat, 4);
        expect(marker.lon).toBeCloseTo(real.lon, 4);
      });
      for (const marker of early.filter((m) => m.kind === 'cluster')) {
        clusters++;
        expect(overview.expansion.get(marker.id)).toBe(await engine.expansionZoom(marker.id));
      }
    }
    expect(clusters).toBeGreaterThan(0);
  });

  it('gives the markers inside a view, across the antimeridian too, and none past its deepest zoom', () => {
    const all = overviewMarkers(overview, WORLD, 3)!;
    const europe = overviewMarkers(overview, [-10, 35, 30, 60], 3)!;
    expect(europe.length).toBeGreaterThan(0);
    expect(europe).toEqual(all.filter((m) => m.lat >= 35 && m.lat <= 60 && m.lon >= -10 && m.lon <= 30));
    // A view from 170°E to 190°E (Leaflet's longitudes past the antimeridian) holds both sides.
    const across = overviewMarkers(overview, [170, -90, 190, 90], 3)!;
    expect(across).toEqual(all.filter((m) => m.lon >= 170 || m.lon <= -170));
    expect(overviewMarkers(overview, WORLD, OVERVIEW_MAX_ZOOM + 1)).toBeNull();
  });
});

describe('a damaged or foreign overview', () => {
  const good = text(encodeDataset(small).sites);

  it('is refused with the reason', () => {
    const damaged = good.slice();
    damaged[damaged.length >> 1]! ^= 0x01;
    expect(() => parseOverview(damaged)).toThrow('does not match its checksum');
    const foreign = new TextEncoder().encode(
      overviewText({ ...JSON.parse(new TextDecoder().decode(good)), version: 9 }),
    );
    expect(() => parseOverview(foreign)).toThrow('not a version 1 overview');
    const wrongRow = new TextEncoder().encode(
      overviewText({
        ...JSON.parse(new TextDecoder().decode(good)),
        zooms: [[[0, 1, 2]], [], [], [], [], []],
      }),
    );
    expect(() => parseOverview(wrongRow)).toThrow('at zoom 0 is not a marker row');
  });
});
