// What every reader returns: trials in the dataset's shape, and their sites before ids and geocoding.
import type { Trial, TrialStatus } from '../../core/schema';

export type SourceSite = {
  siteNumber: string | null;
  facility: string | null;
  city: string;
  state: string | null;
  zip: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  status: TrialStatus;
  statusSource: 'site' | 'trial';
  sourceLine: number | null;
  /** Coordinates given by the source itself (ClinicalTrials.gov geoPoint). */
  geoPoint: { lat: number; lon: number } | null;
};

export type SourceStudy = { trial: Trial; sites: SourceSite[] };
