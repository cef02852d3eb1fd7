// Real ClinicalTrials.gov API v2 records from several countries (tests/fixtures/ctgov/SOURCES.md), read once.
import { readFileSync } from 'node:fs';
import { readSource } from '../../../src/pipeline/readers/read-source';
import type { SourceSite } from '../../../src/pipeline/readers/source-study';

export const WORLDWIDE_FILES = [
  'tests/fixtures/ctgov/ctg-studies-dgg32.json',
  'tests/fixtures/ctgov/ctg-studies-nsclc.json',
];

export const worldwideStudies = WORLDWIDE_FILES.flatMap((file) =>
  readSource(readFileSync(file, 'utf8'), file).studies.map((study) => ({ file, ...study })),
);

/** The one site of a trial in that city (and with that postal code, when given). */
export function realSite(trialId: string, city: string, zip?: string): SourceSite {
  const matches = worldwideStudies
    .filter((study) => study.trial.id === trialId)
    .flatMap((study) => study.sites)
    .filter((site) => site.city === city && (zip === undefined || site.zip === zip));
  if (matches.length !== 1) throw new Error(`${trialId} ${city} ${zip ?? ''}: ${matches.length} sites`);
  return matches[0]!;
}
