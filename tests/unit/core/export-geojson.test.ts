import { describe, expect, it } from 'vitest';
import { sitesToGeoJson, sitesToGeoJsonText } from '../../../src/core/export/geojson';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { exportDataset } from './export-fixture';

describe('sitesToGeoJson', () => {
  const table = siteTableFromDataset(exportDataset);

  it('writes RFC 7946 points as [longitude, latitude] with the site fields', () => {
    const collection = sitesToGeoJson(table, Uint32Array.from([1]));
    expect(collection).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 's-madrid',
          geometry: { type: 'Point', coordinates: [-3.70256, 40.4165] },
          properties: {
            trialId: 'MT103-203',
            nctId: 'NCT01234567',
            facility: 'Hospital "La Paz", Unidad 1',
            siteNumber: null,
            city: 'Madrid',
            state: null,
            countryCode: 'ES',
            country: 'Spain',
            status: 'Recruiting',
            statusSource: 'site',
            geocodeMethod: 'gazetteer',
          },
        },
      ],
    });
  });

  it('keeps unresolved sites with a null geometry, and names number-only sites', () => {
    const { features } = sitesToGeoJson(table, Uint32Array.from([3, 0]));
    expect(features.map((feature) => feature.geometry)).toEqual([
      null,
      { type: 'Point', coordinates: [8.68417, 50.11552] },
    ]);
    expect(features[1]?.properties.facility).toBe('Site 1106 (name not published)');
  });

  it('serialises to JSON that parses back to the same collection', () => {
    const rows = Uint32Array.from([0, 1, 2, 3]);
    expect(JSON.parse(sitesToGeoJsonText(table, rows))).toEqual(sitesToGeoJson(table, rows));
  });
});
