// Sites as an RFC 7946 FeatureCollection: Points in [longitude, latitude]; unresolved sites are kept with a
// null geometry so that an export lists every site, located or not.
import { siteExportFields, type SiteExportFields } from './fields';
import type { SiteTable } from '../site-table';

export type SiteProperties = Omit<SiteExportFields, 'siteId' | 'latitude' | 'longitude'>;

export interface SiteFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: SiteProperties;
}

export interface SiteFeatureCollection {
  type: 'FeatureCollection';
  features: SiteFeature[];
}

export function sitesToGeoJson(table: SiteTable, rows: Uint32Array): SiteFeatureCollection {
  const features = new Array<SiteFeature>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { siteId, latitude, longitude, ...properties } = siteExportFields(table, rows[i] ?? 0);
    features[i] = {
      type: 'Feature',
      id: siteId,
      geometry:
        latitude !== null && longitude !== null
          ? { type: 'Point', coordinates: [longitude, latitude] }
          : null,
      properties,
    };
  }
  return { type: 'FeatureCollection', features };
}

/** The file's text (RFC 7946 media type application/geo+json). */
export function sitesToGeoJsonText(table: SiteTable, rows: Uint32Array): string {
  return `${JSON.stringify(sitesToGeoJson(table, rows))}\n`;
}
