// What every reader returns: trials in the dataset's shape, and their sites before ids and geocoding.
import type { Contact, Trial, TrialStatus } from '../../core/schema';

export type SourceSite = {
  siteNumber: string | null;
  facility: string | null;
  city: string;
  state: string | null;
  zip: string | null;
  /** ISO 3166-1 alpha-2; "ZZ" when the source's country is not recognised. */
  country: string;
  /** The country as the source writes it. */
  countryText: string;
  status: TrialStatus;
  statusSource: 'site' | 'trial';
  sourceLine: number | null;
  /** Coordinates given by the source itself (ClinicalTrials.gov geoPoint). */
  geoPoint: { lat: number; lon: number } | null;
  contacts: Contact[];
};

export type SourceStudy = { trial: Trial; sites: SourceSite[] };
