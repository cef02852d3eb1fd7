// A tiny dataset with the awkward cases exports must survive.
import type { Dataset, Site, Trial } from '../../../src/core/schema';
import { makeTrial } from './make-trial';

const trial: Trial = makeTrial({
  id: 'MT103-203',
  nctId: 'NCT01234567',
  orgStudyIds: ['MT103-203'],
  title: 'A test trial',
  overallStatus: 'COMPLETED',
  phases: ['PHASE2'],
});

const site = (overrides: Partial<Site> & Pick<Site, 'id'>): Site => ({
  trialId: 'MT103-203',
  siteNumber: null,
  facility: null,
  city: 'Frankfurt am Main',
  state: null,
  zip: null,
  country: 'DE',
  status: 'COMPLETED',
  statusSource: 'trial',
  lat: 50.11552,
  lon: 8.68417,
  geocode: { method: 'gazetteer', placeName: 'Frankfurt am Main', geonameId: 2925533, note: null },
  sourceLine: 1,
  contacts: [],
  ...overrides,
});

export const exportDataset: Dataset = {
  schemaVersion: 2,
  builtFrom: { lastUpdatePosted: null, fetch: null },
  name: 'default',
  trials: [trial],
  sites: [
    site({ id: 's-1106', siteNumber: '1106' }),
    site({
      id: 's-madrid',
      facility: 'Hospital "La Paz", Unidad 1',
      city: 'Madrid',
      country: 'ES',
      status: 'RECRUITING',
      statusSource: 'site',
      lat: 40.4165,
      lon: -3.70256,
    }),
    site({ id: 's-formula', facility: '=HYPERLINK("http://x","y")', city: '-Köln\nNord', state: '@state' }),
    site({
      id: 's-lost',
      facility: 'Clinic',
      city: 'Nowhere',
      country: 'FR',
      lat: null,
      lon: null,
      geocode: { method: 'unresolved', placeName: null, geonameId: null, note: 'no match' },
    }),
  ],
};
