import { describe, expect, it } from 'vitest';
import { coverageGaps, populationWithinReach } from '../../../src/core/coverage/reach';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { coverageDataset, coverageGazetteer, KM_PER_DEGREE } from './coverage-fixture';

const table = siteTableFromDataset(coverageDataset);
const all = Uint32Array.from({ length: table.size }, (_, row) => row);
const trialOne = Uint32Array.of(0, 1, 3); // de-1, de-2, fr-1
const austriaOnly = Uint32Array.of(5); // at-1, which has no coordinates

function withinReach(rows: Uint32Array, radiusKm: number) {
  const reach = populationWithinReach(table, rows, coverageGazetteer, radiusKm);
  return Object.fromEntries(
    reach.countries.map((c) => [c.country, [c.populationWithinReach, c.listedPopulation]]),
  );
}

describe('populationWithinReach', () => {
  it('adds up the places within the radius of any filtered site', () => {
    // Listed: DE 50k + 100k + 300k + 400k = 850k (Tiny has no population); FR 200k + 600k + 20k = 820k; AT 500k.
    // 50 km: DE Zero (0 km); FR Border (35.7 km from de-1, across the border); AT nothing.
    expect(withinReach(all, 50)).toEqual({ AT: [0, 500_000], DE: [50_000, 850_000], FR: [20_000, 820_000] });
    // 100 km adds Half (55.6 km).
    expect(withinReach(all, 100)).toEqual({
      AT: [0, 500_000],
      DE: [150_000, 850_000],
      FR: [20_000, 820_000],
    });
    // 200 km adds Mid, Between and South (111.2 km each); North stays out at 222.4 km.
    expect(withinReach(all, 200)).toEqual({
      AT: [0, 500_000],
      DE: [450_000, 850_000],
      FR: [820_000, 820_000],
    });
  });

  it('gives shares and a total', () => {
    const reach = populationWithinReach(table, all, coverageGazetteer, 50);
    expect(reach.radiusKm).toBe(50);
    expect(reach.countries.map((c) => c.name)).toEqual(['Austria', 'France', 'Germany']);
    expect(reach.countries.map((c) => c.share)).toEqual([0, 20_000 / 820_000, 50_000 / 850_000]);
    expect(reach.countries.map((c) => [c.placesWithinReach, c.listedPlaces])).toEqual([
      [0, 1],
      [1, 3],
      [1, 4],
    ]);
    // 70k of 850k + 820k + 500k = 2,170k.
    expect(reach.total).toEqual({
      populationWithinReach: 70_000,
      listedPopulation: 2_170_000,
      share: 70_000 / 2_170_000,
      placesWithinReach: 2,
      listedPlaces: 8,
    });
  });

  it('follows the filter: only covered countries, only filtered sites', () => {
    // T1's points are (50, 10) and (46, 2). 200 km: DE Zero, Half, Mid (1° from de-1), North is 4° away;
    // FR Between and South (1° from fr-1) and Border. AT has no T1 site, so it is not listed.
    expect(withinReach(trialOne, 200)).toEqual({ DE: [450_000, 850_000], FR: [820_000, 820_000] });
  });

  it('says "no share" for a country the gazetteer does not list, and reaches nothing without coordinates', () => {
    const reach = populationWithinReach(table, austriaOnly, coverageGazetteer, 200);
    expect(reach.countries).toEqual([
      expect.objectContaining({ country: 'AT', populationWithinReach: 0, share: 0 }),
    ]);
    const empty = { ...coverageGazetteer, country: coverageGazetteer.country.map(() => 'ES') };
    expect(populationWithinReach(table, all, empty, 200).countries.map((c) => c.share)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('coverageGaps', () => {
  it('lists large cities of covered countries beyond the radius, largest first, with the nearest site', () => {
    // 100 km, at least 250k: South 600k (111.2 km, fr-1), Ostburg 500k (333.6 km, de-1), North 400k (222.4 km,
    // de-3), Mid 300k (111.2 km). Elsewhere (3M) is in a country without sites; Between is under 250k.
    const gaps = coverageGaps(table, all, coverageGazetteer, 100);
    expect(gaps.map((gap) => gap.name)).toEqual(['South', 'Ostburg', 'North', 'Mid']);
    expect(gaps[0]?.nearestKm).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(gaps[1]?.nearestKm).toBeCloseTo(3 * KM_PER_DEGREE, 6);
    expect(gaps[2]?.nearestKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
    expect(gaps.slice(0, 3).map((gap) => table.ids[gap.nearestRow ?? -1])).toEqual(['fr-1', 'de-1', 'de-3']);
    expect(gaps[0]).toMatchObject({ country: 'FR', population: 600_000, lat: 45, lon: 2, geonameId: 7 });
  });

  it('shrinks as the radius grows, and honours the population threshold', () => {
    expect(coverageGaps(table, all, coverageGazetteer, 200).map((gap) => gap.name)).toEqual([
      'Ostburg',
      'North',
    ]);
    expect(coverageGaps(table, all, coverageGazetteer, 400)).toEqual([]);
    // With a 150k threshold at 100 km, Between (200k, 111.2 km) joins.
    expect(coverageGaps(table, all, coverageGazetteer, 100, 150_000).map((gap) => gap.name)).toContain(
      'Between',
    );
  });

  it('has no nearest site when no filtered site has coordinates', () => {
    expect(coverageGaps(table, austriaOnly, coverageGazetteer, 100)).toEqual([
      expect.objectContaining({ name: 'Ostburg', nearestKm: null, nearestRow: null }),
    ]);
  });
});
