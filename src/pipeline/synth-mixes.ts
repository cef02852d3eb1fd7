// The mixes the synthetic generator draws from, shaped like ClinicalTrials.gov (approximate shares, not data).
import type { Phase, TrialStatus } from '../core/schema';

// Approximate shares of ClinicalTrials.gov site records by country; other countries share the rest by
// population.
export const COUNTRY_SHARES: Record<string, number> = {
  US: 34,
  FR: 5,
  CN: 5,
  DE: 4.5,
  ES: 4,
  IT: 4,
  GB: 3.5,
  CA: 3.5,
  JP: 2.5,
  KR: 2.5,
  PL: 2,
  AU: 2,
  BE: 1.5,
  NL: 1.5,
  BR: 1.5,
  EG: 1.5,
  TW: 1.2,
  TR: 1.2,
  RU: 1,
  IL: 1,
  DK: 1,
  IN: 1,
  SE: 0.8,
  CH: 0.8,
  AT: 0.8,
  CZ: 0.8,
  HU: 0.7,
  MX: 0.8,
  AR: 0.8,
};
export const OTHER_COUNTRIES_SHARE = 8;

export const TRIAL_STATUS_MIX: [TrialStatus, number][] = [
  ['COMPLETED', 45],
  ['UNKNOWN', 18],
  ['RECRUITING', 15],
  ['ACTIVE_NOT_RECRUITING', 6],
  ['TERMINATED', 6],
  ['NOT_YET_RECRUITING', 4],
  ['WITHDRAWN', 3],
  ['ENROLLING_BY_INVITATION', 1.5],
  ['SUSPENDED', 0.5],
];
// How a site's own status differs from an open trial's.
export const OPEN_SITE_MIX: [TrialStatus, number][] = [
  ['RECRUITING', 70],
  ['NOT_YET_RECRUITING', 14],
  ['ACTIVE_NOT_RECRUITING', 6],
  ['COMPLETED', 4],
  ['WITHDRAWN', 6],
];
export const PHASE_MIX: [Phase[], number][] = [
  [['NA'], 30],
  [['PHASE2'], 20],
  [['PHASE1'], 13],
  [['PHASE3'], 12],
  [['PHASE4'], 9],
  [['PHASE1', 'PHASE2'], 4],
  [['PHASE2', 'PHASE3'], 2],
  [['EARLY_PHASE1'], 2],
  [[], 8],
];
export const CONDITIONS = [
  'Breast Cancer',
  'Type 2 Diabetes',
  'Hypertension',
  'Asthma',
  'Obesity',
  'Prostate Cancer',
  'Depression',
  'Heart Failure',
  'HIV Infections',
  'Alzheimer Disease',
  'Non-small Cell Lung Cancer',
  'Rheumatoid Arthritis',
  'Acute Lymphoblastic Leukemia',
  'Multiple Sclerosis',
  'COVID-19',
  'Chronic Kidney Disease',
  'Schizophrenia',
  'Colorectal Cancer',
  'Psoriasis',
  'Parkinson Disease',
];
