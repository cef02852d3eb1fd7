import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCompact, decodeSiteText, decodeToSiteTable } from '../../../src/core/compact/decode';
import { encodeDataset } from '../../../src/core/compact/encode';
import { CompactReader, TEXT_MAGIC } from '../../../src/core/compact/format';
import { distinctPoints } from '../../../src/core/distinct-points';
import { buildAncestors } from '../../../src/core/point-clusters';
import { datasetSchema, TRIAL_STATUSES, type Dataset, type Site, type Trial } from '../../../src/core/schema';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { makeTrial } from './make-trial';

function trial(id: string, phases: Trial['phases'] = ['PHASE2']): Trial {
  return makeTrial({ id, phases });
}

function site(id: string, trialId: string, overrides: Partial<Site> = {}): Site {
  return {
    id,
    trialId,
    siteNumber: null,
    facility: 'Hospital',
    city: 'Rome',
    state: null,
    zip: null,
    country: 'IT',
    status: 'RECRUITING',
    statusSource: 'site',
    lat: 41.89193,
    lon: 12.51133,
    geocode: { method: 'gazetteer', placeName: 'Rome', geonameId: 3169070, note: null },
    sourceLine: null,
    contacts: [],
    ...overrides,
  };
}

/** A dataset of these sites of one trial, "a". */
function withTrialA(sites: Site[], name = 'p'): Dataset {
  return {
    schemaVersion: 2,
    name,
    builtFrom: { lastUpdatePosted: null, fetch: null },
    trials: [trial('a')],
    sites,
  };
}

const roundTrip = (dataset: Dataset) => decodeToSiteTable(encodeDataset(dataset));

describe('compact codec', () => {
  it('round-trips a small dataset with shared points, nulls, unresolved sites and irregular ids', () => {
    const dataset: Dataset = {
      schemaVersion: 2,
      builtFrom: { lastUpdatePosted: null, fetch: null },
      name: 'default',
      trials: [trial('NCT01207388', ['PHASE1', 'PHASE2']), trial('no-sites', [])],
      sites: [
        site('NCT01207388-1106', 'NCT01207388', { facility: null, siteNumber: '1106' }),
        site('NCT01207388-rome-2', 'NCT01207388', { statusSource: 'trial', status: 'COMPLETED' }),
        site('NCT01207388-x', 'NCT01207388', {
          city: 'Nowhere',
          country: 'RU',
          state: 'Oblast',
          lat: null,
          lon: null,
          geocode: { method: 'unresolved', placeName: null, geonameId: null, note: 'not found' },
        }),
        site('NCT01207388-ü', 'NCT01207388', {
          city: 'München',
          country: 'DE',
          lat: 48.13743,
          lon: 11.57549,
        }),
      ],
    };
    expect(roundTrip(dataset)).toEqual(siteTableFromDataset(dataset));
    const { points } = decodeCompact(encodeDataset(dataset).sites);
    // Rome twice, Munich, and last the point of the unresolved site.
    expect(Array.from(points.lat)).toEqual([41.89193, 48.13743, Number.NaN]);
    expect(Array.from(points.ofSite)).toEqual([0, 0, 2, 1]);
  });

  it('keeps the cluster hierarchy of the distinct points, whatever order it stores them in (property)', () => {
    const pointArb = fc.record({
      lat: fc.option(fc.double({ min: -85, max: 85, noNaN: true }), { nil: null, freq: 8 }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(
        // Few places, several sites at some: the points' weights steer where clusters centre.
        fc.array(pointArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(39), { maxLength: 80 }),
        (places, extra) => {
          const at = [...places.keys(), ...extra.filter((i) => i < places.length)];
          const sites = at.map((i, n) => {
            const { lat, lon } = places[i]!;
            return site(`s${n}`, 'a', { lat, lon: lat === null ? null : lon });
          });
          const dataset = withTrialA(sites);
          const table = siteTableFromDataset(dataset);
          const distinct = distinctPoints(table, undefined, { keepUnplaced: true });
          const weight = new Uint32Array(distinct.lat.length);
          for (const point of distinct.ofRow) weight[point]!++;
          const expected = buildAncestors(distinct.lon, distinct.lat, weight);
          const { points, clusters } = decodeCompact(encodeDataset(dataset).sites);
          expect(clusters!.ancestors).toHaveLength(expected.length);
          // Site by site, the node the file gives and the node of the hierarchy built here match one to one.
          clusters!.ancestors.forEach((nodes, zoom) => {
            const pairs = new Map<number, number>();
            const back = new Map<number, number>();
            for (let row = 0; row < table.size; row++) {
              const stored = nodes[points.ofSite[row]!]!;
              const built = expected[zoom]![distinct.ofRow[row]!]!;
              expect(pairs.get(stored) ?? built).toBe(built);
              expect(back.get(built) ?? stored).toBe(stored);
              pairs.set(stored, built);
              back.set(built, stored);
            }
          });
        },
      ),
      { numRuns: 120 },
    );
  });

  it("keeps the sites' text in a file of its own, read into the sites of the same build only", () => {
    const dataset = withTrialA([site('s1', 'a', { facility: 'Policlinico Umberto I', zip: '00161' })]);
    const files = encodeDataset(dataset);
    const sites = decodeCompact(files.sites);
    // What the map and the filters read is there; the text is not, and reading it early says so.
    expect(sites.table.cities).toEqual(['Rome']);
    expect(() => sites.table.facility).toThrow(/facility column is read before site-text\.bin is loaded/);
    expect(new TextDecoder().decode(files.sites)).not.toContain('Policlinico');
    // Each file is refused in the other's place, and the text of another build is refused.
    expect(() => decodeCompact(files.text)).toThrow(/not a site file \(expected "TASB"\)/);
    expect(() => decodeSiteText(files.sites, sites)).toThrow(
      /not a file of the sites' text \(expected "TAST"\)/,
    );
    const other = encodeDataset({ ...dataset, name: 'q' });
    expect(() => decodeSiteText(other.text, sites)).toThrow(/belongs to another sites\.bin/);
    decodeSiteText(files.text, sites);
    expect(sites.table.facility).toEqual(['Policlinico Umberto I']);
    expect(sites.table.zip).toEqual(['00161']);
  });

  it('stores the country, city and state by point, with the sites that differ from their point', () => {
    const sites = Array.from({ length: 40 }, (_, i) =>
      site(`s${i}`, 'a', i < 20 ? { state: 'Lazio' } : { city: 'Milan', lat: 45.46, lon: 9.19 }),
    );
    // Two sites name their point's city and state otherwise; one has no state.
    sites[3] = { ...sites[3]!, city: 'Roma' };
    sites[25] = { ...sites[25]!, state: 'Lombardy' };
    const dataset = withTrialA(sites);
    const files = encodeDataset(dataset);
    expect(roundTrip(dataset)).toEqual(siteTableFromDataset(dataset));
    const header = {
      ...(new CompactReader(files.sites).header as {
        codes: Record<string, { exceptions?: { count: number } }>;
      }),
      ...(new CompactReader(files.text, TEXT_MAGIC).header as {
        strings: Record<string, { column: { exceptions?: { count: number } } }>;
      }),
    };
    expect(header.codes.city!.exceptions?.count).toBe(1);
    expect(header.codes.country!.exceptions?.count).toBe(0);
    expect(header.strings.state!.column.exceptions?.count).toBe(1);
    // A column no point shares is stored a value per site.
    expect(header.codes.trial!.exceptions).toBeUndefined();
    expect(header.strings.facility!.column.exceptions).toBeUndefined();
  });

  it('carries zip codes and site contacts, stored once per distinct list and only for sites that have some', () => {
    const desk = {
      name: 'Site Public Contact',
      role: 'CONTACT',
      phone: '847-429-2907',
      phoneExt: '12',
      email: null,
    };
    const pi = {
      name: 'Jane Roe',
      role: 'PRINCIPAL_INVESTIGATOR',
      phone: null,
      phoneExt: null,
      email: 'jr@example.org',
    };
    const dataset: Dataset = {
      schemaVersion: 2,
      builtFrom: { lastUpdatePosted: null, fetch: null },
      name: 'default',
      trials: [trial('t1')],
      sites: [
        site('a', 't1', { zip: '60123', contacts: [desk, pi] }),
        site('b', 't1'),
        site('c', 't1', { zip: '00161', contacts: [desk, pi] }),
        site('d', 't1', { zip: '60123', contacts: [pi] }),
      ],
    };
    const table = roundTrip(dataset);
    expect(table.zip).toEqual(['60123', null, '00161', '60123']);
    expect(table.contacts).toEqual([[desk, pi], [], [desk, pi], [pi]]);
    expect(table).toEqual(siteTableFromDataset(dataset));
    // Each distinct list of contacts is written once.
    const text = new TextDecoder().decode(encodeDataset(dataset).text);
    expect(text.split('Site Public Contact').length - 1).toBe(1);
  });

  it('stores numbered ids as a pattern and still returns each id exactly', () => {
    const sites = Array.from({ length: 1200 }, (_, i) =>
      site(`synth-${String(i + 7).padStart(6, '0')}`, 't1', { lat: 40 + (i % 13), lon: -(i % 29) }),
    );
    const dataset: Dataset = {
      schemaVersion: 2,
      name: 'synth-x',
      builtFrom: { lastUpdatePosted: null, fetch: null },
      trials: [trial('t1')],
      sites,
    };
    const bytes = encodeDataset(dataset);
    const table = decodeToSiteTable(bytes);
    expect(table.ids[0]).toBe('synth-000007');
    expect(table.ids[1199]).toBe('synth-001206');
    expect(table).toEqual(siteTableFromDataset(dataset));
    // The same ids with one out of pattern are stored as a list (about 16 KB more).
    const irregular = { ...dataset, sites: sites.map((s, i) => (i === 5 ? { ...s, id: 'odd' } : s)) };
    expect(encodeDataset(irregular).sites.byteLength - bytes.sites.byteLength).toBeGreaterThan(12_000);
    expect(decodeToSiteTable(encodeDataset(irregular)).ids[5]).toBe('odd');
  });

  it('stores coordinates of up to 5 decimals as whole numbers, and gives back every value exactly', () => {
    // Points in the hierarchy's order, so neighbours lie near: the differences are small.
    const coordinate = (min: number, max: number) =>
      fc.integer({ min: min * 100_000, max: max * 100_000 }).map((scaled) => scaled / 100_000);
    const header = (bytes: Uint8Array) => new CompactReader(bytes).header as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate(-90, 90), coordinate(-180, 180), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        (places) => {
          const dataset = withTrialA(
            places.map(([lat, lon, placed], i) =>
              site(`s${i}`, 'a', placed ? { lat, lon } : { lat: null, lon: null }),
            ),
          );
          const files = encodeDataset(dataset);
          expect(roundTrip(dataset)).toEqual(siteTableFromDataset(dataset));
          expect(header(files.sites).pointLat).toMatchObject({ scale: 100_000 });
          expect(header(files.sites).pointLon).toMatchObject({ scale: 100_000 });
        },
      ),
      { numRuns: 150 },
    );
    // One value with a sixth decimal: none is rounded, the column holds doubles.
    const finer = withTrialA([
      site('s1', 'a'),
      site('s2', 'a', { city: 'Milan', lat: 45.464211, lon: 9.19 }),
    ]);
    expect(header(encodeDataset(finer).sites).pointLat).toMatchObject({ type: 'f64' });
    expect(header(encodeDataset(finer).sites).pointLon).toMatchObject({ scale: 100_000 });
    expect(roundTrip(finer)).toEqual(siteTableFromDataset(finer));
  });

  it('round-trips arbitrary datasets (property)', () => {
    const siteArb = fc.record({
      facility: fc.option(fc.string(), { nil: null }),
      siteNumber: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      state: fc.option(fc.string(), { nil: null }),
      city: fc.constantFrom('Rome', 'Paris', 'Łódź', 'São Paulo'),
      country: fc.constantFrom('IT', 'FR', 'PL', 'BR', 'US'),
      status: fc.constantFrom(...TRIAL_STATUSES),
      statusSource: fc.constantFrom('site' as const, 'trial' as const),
      lat: fc.option(fc.double({ min: -90, max: 90, noNaN: true }), { nil: null }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      trial: fc.nat(3),
      id: fc.string({ minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(siteArb, { maxLength: 60 }), (raw) => {
        const trials = [trial('a', []), trial('b', ['PHASE3']), trial('c', ['NA']), trial('d')];
        // Ids are unique, as in every dataset (the decoder refuses repeated ones).
        const sites = raw.map(({ id, ...r }, i) =>
          site(`${id}#${i}`, trials[r.trial]!.id, { ...r, lon: r.lat === null ? null : r.lon }),
        );
        const dataset: Dataset = {
          schemaVersion: 2,
          name: 'p',
          builtFrom: { lastUpdatePosted: null, fetch: null },
          trials,
          sites,
        };
        expect(roundTrip(dataset)).toEqual(siteTableFromDataset(dataset));
      }),
      { numRuns: 150 },
    );
  });

  // The embedded dataset, once the pipeline has published it (a missing file leaves the glob empty).
  const published = Object.values(
    import.meta.glob('../../../public/data/default/dataset.json', { eager: true, import: 'default' }),
  );
  it.runIf(published.length === 1)('round-trips the embedded dataset', () => {
    const dataset = datasetSchema.parse(published[0]);
    expect(dataset.sites.length).toBeGreaterThan(0);
    expect(roundTrip(dataset)).toEqual(siteTableFromDataset(dataset));
  });
});
