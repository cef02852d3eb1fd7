// The dataset contract between the pipeline and the app (documented in data/README.md).
import * as z from 'zod';

import { GEOCODE_METHODS, PHASES, SCHEMA_VERSION, SOURCE_KINDS, TRIAL_STATUSES } from './dataset-enums';

// The enumerations are read by the pipeline from here, and by the browser from dataset-enums.ts.
export { GEOCODE_METHODS, PHASES, SCHEMA_VERSION, SOURCE_KINDS, TRIAL_STATUSES };
export type { GeocodeMethod, Phase, SourceKind, TrialStatus } from './dataset-enums';

const text = z.string().min(1);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const sourceRefSchema = z.object({
  /** Path of the source document relative to the project root (or as given on the command line). */
  file: text,
  kind: z.enum(SOURCE_KINDS),
});

export const interventionSchema = z.object({
  name: text,
  type: z.string().nullable(),
  otherNames: z.array(text),
});

export const investigatorSchema = z.object({
  name: text,
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
});

export const trialSchema = z.object({
  id: text,
  nctId: z
    .string()
    .regex(/^NCT\d{8}$/)
    .nullable(),
  orgStudyIds: z.array(text),
  title: text,
  overallStatus: z.enum(TRIAL_STATUSES),
  phases: z.array(z.enum(PHASES)),
  enrollment: z
    .object({ count: z.number().int().nonnegative(), type: z.enum(['ACTUAL', 'ESTIMATED', 'UNKNOWN']) })
    .nullable(),
  sponsor: z.string().nullable(),
  collaborators: z.array(text),
  investigators: z.array(investigatorSchema),
  conditions: z.array(text),
  interventions: z.array(interventionSchema),
  minimumAge: z.string().nullable(),
  maximumAge: z.string().nullable(),
  sex: z.enum(['ALL', 'FEMALE', 'MALE']).nullable(),
  startDate: isoDate.nullable(),
  completionDate: isoDate.nullable(),
  summary: z.string().nullable(),
  /** Findings the source reports (e.g. a news article's results), quoted or closely paraphrased. */
  results: z.string().nullable(),
  /** False when the source lists no sites at all (the trial shows as "sites not listed in source"). */
  sitesListed: z.boolean(),
  source: sourceRefSchema,
});

export const geocodeSchema = z.object({
  method: z.enum(GEOCODE_METHODS),
  /** The matched place, e.g. "Frankfurt am Main"; null when unresolved or given by the source. */
  placeName: z.string().nullable(),
  geonameId: z.number().int().positive().nullable(),
  /** Why an override applies, or why the site is unresolved. */
  note: z.string().nullable(),
});

export const siteSchema = z.object({
  /** Stable across rebuilds: derived from the trial id and the site's number or its address. */
  id: text,
  trialId: text,
  /** The sponsor's site number when the source gives one, e.g. "1106". */
  siteNumber: z.string().nullable(),
  facility: z.string().nullable(),
  city: text,
  state: z.string().nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  status: z.enum(TRIAL_STATUSES),
  statusSource: z.enum(['site', 'trial']),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geocode: geocodeSchema,
  /** 1-based line of the site in its source file, for tracing. */
  sourceLine: z.number().int().positive().nullable(),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Name of the dataset ("default" for the embedded one). */
  name: z.string().regex(/^[A-Za-z0-9-]+$/),
  trials: z.array(trialSchema),
  sites: z.array(siteSchema),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Intervention = z.infer<typeof interventionSchema>;
export type Investigator = z.infer<typeof investigatorSchema>;
export type Trial = z.infer<typeof trialSchema>;
export type Geocode = z.infer<typeof geocodeSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
