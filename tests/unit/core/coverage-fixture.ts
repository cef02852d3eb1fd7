// A small, hand-made dataset and gazetteer whose coverage answers are worked out by hand in the tests.
// Places sit on meridians (or, once, a parallel) so that distances are easy arithmetic:
// one degree of latitude is 6371 km × π / 180 = 111.19 km on the sphere geokdbush uses.
import type { GazetteerFile } from '../../../src/core/gazetteer-format';
import type { Dataset, Site, Trial, TrialStatus } from '../../../src/core/schema';
import { makeTrial } from './make-trial';

function trial(id: string, title: string): Trial {
  return makeTrial({
    id,
    nctId: id,
    title,
    phases: ['PHASE2'],
    sponsor: 'Example Sponsor',
    sitesListed: id !== 'NCT00000003',
    source: { file: 'tests/fixtures/example.txt', kind: 'ctgov-study-text' },
  });
}

function site(
  id: string,
  trialId: string,
  country: string,
  status: TrialStatus,
  lat: number | null,
  lon: number | null,
): Site {
  return {
    id,
    trialId,
    siteNumber: null,
    facility: `Clinic ${id}`,
    city: `City ${id}`,
    state: null,
    zip: null,
    country,
    status,
    statusSource: 'site',
    lat,
    lon,
    geocode: { method: lat === null ? 'unresolved' : 'source', placeName: null, geonameId: null, note: null },
    sourceLine: null,
    contacts: [],
  };
}

export const T1 = 'NCT00000001';
export const T2 = 'NCT00000002';
/** A trial whose source lists no sites. */
export const T3 = 'NCT00000003';

// Row order follows this list: 0 de-1, 1 de-2, 2 de-3, 3 fr-1, 4 fr-2, 5 at-1.
export const coverageDataset: Dataset = {
  schemaVersion: 2,
  builtFrom: { lastUpdatePosted: null, fetch: null },
  name: 'coverage-fixture',
  trials: [trial(T1, 'Trial one'), trial(T2, 'Trial two'), trial(T3, 'Trial three')],
  sites: [
    site('de-1', T1, 'DE', 'RECRUITING', 50, 10),
    site('de-2', T1, 'DE', 'COMPLETED', 50, 10), // same point as de-1
    site('de-3', T2, 'DE', 'RECRUITING', 52, 10),
    site('fr-1', T1, 'FR', 'NOT_YET_RECRUITING', 46, 2),
    site('fr-2', T2, 'FR', 'ACTIVE_NOT_RECRUITING', 48, 2),
    site('at-1', T2, 'AT', 'UNKNOWN', null, null), // unresolved: counted, but near nothing
  ],
};

const places: [name: string, country: string, lat: number, lon: number, population: number][] = [
  ['Zero', 'DE', 50, 10, 50_000], //      0 km from de-1
  ['Half', 'DE', 50.5, 10, 100_000], //  0.5° = 55.6 km from de-1
  ['Mid', 'DE', 51, 10, 300_000], //     1° = 111.2 km from de-1 and de-3
  ['North', 'DE', 54, 10, 400_000], //   2° = 222.4 km from de-3
  ['Tiny', 'DE', 60, 10, 0], //          no population: not counted at all
  ['Between', 'FR', 47, 2, 200_000], //  1° = 111.2 km from fr-1 and fr-2
  ['South', 'FR', 45, 2, 600_000], //    1° = 111.2 km from fr-1
  // 0.5° of longitude at 50° N, across the border from de-1: 6371 × 0.5 × π/180 × cos 50° = 35.7 km
  ['Border', 'FR', 50, 9.5, 20_000],
  ['Ostburg', 'AT', 47, 10, 500_000], // 3° = 333.6 km from de-1
  ['Elsewhere', 'ES', 40, -3, 3_000_000], // no site in ES: never counted
];

export const coverageGazetteer: GazetteerFile = {
  version: 1,
  attribution: 'Test places',
  geonameId: places.map((_, index) => index + 1),
  name: places.map(([name]) => name),
  country: places.map(([, country]) => country),
  admin1: places.map(() => ''),
  lat: places.map(([, , lat]) => lat),
  lon: places.map(([, , , lon]) => lon),
  population: places.map(([, , , , population]) => population),
  alt: places.map(() => ''),
};

export const KM_PER_DEGREE = (6371 * Math.PI) / 180;
