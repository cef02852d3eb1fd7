// Reading a build's inputs: every file, with every malformed one reported together, and one study per
// trial id, the one updated last.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { trialSchema } from '../core/schema';
import type { BuildReport } from './build';
import { readSource } from './readers/read-source';
import type { SourceStudy } from './readers/source-study';
import { SourceError, SourceErrors } from './source-error';

export type FileStudy = { file: string; study: SourceStudy };

/** Reads every file; throws one SourceErrors naming each malformed file, or when no file holds a trial. */
export function readAll(files: readonly string[], root: string, report: BuildReport): FileStudy[] {
  const studies: FileStudy[] = [];
  const errors: SourceError[] = [];
  for (const file of files) {
    try {
      const { kind, studies: read } = readSource(readFileSync(path.resolve(root, file), 'utf8'), file);
      report.sources.push({ file, kind, trials: 0, sites: 0 });
      for (const study of read) studies.push({ file, study: checked(study, file) });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new SourceErrors(errors);
  if (studies.length === 0) {
    throw new Error(
      files.length === 0
        ? 'no source files in the inputs (.txt, .json or .xml); nothing was written'
        : `no trials in ${files.length === 1 ? files[0] : `the ${files.length} input files`}; nothing was written`,
    );
  }
  return studies;
}

/** A study whose values are all of the dataset's kinds, else a SourceError naming the file. */
function checked(study: SourceStudy, file: string): SourceStudy {
  const result = trialSchema.safeParse(study.trial);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SourceError(file, 1, `trial ${study.trial.id}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  for (const site of study.sites) {
    const texts = [site.city, site.countryText, site.facility, site.state, site.zip, site.siteNumber];
    if (typeof site.city !== 'string' || texts.some((text) => text !== null && typeof text !== 'string')) {
      throw new SourceError(file, site.sourceLine ?? 1, 'a site has an address part that is not text');
    }
  }
  return study;
}

/**
 * One study per trial id: the one ClinicalTrials.gov updated last (lastUpdatePosted; undated counts as
 * oldest), on a tie the first by path. The others are listed in the report with the reason.
 */
export function keepNewest(studies: readonly FileStudy[], report: BuildReport): FileStudy[] {
  const kept = new Map<string, FileStudy>();
  const updated = ({ study }: FileStudy) => study.trial.lastUpdatePosted ?? '';
  const left: FileStudy[] = [];
  for (const entry of studies) {
    const id = entry.study.trial.id;
    const existing = kept.get(id);
    if (!existing) kept.set(id, entry);
    else if (updated(entry) > updated(existing)) {
      left.push(existing);
      kept.set(id, entry);
    } else left.push(entry);
  }
  for (const entry of left) {
    const winner = kept.get(entry.study.trial.id)!;
    const [mine, theirs] = [updated(entry), updated(winner)];
    report.duplicates.push({
      trialId: entry.study.trial.id,
      file: entry.file,
      keptFrom: winner.file,
      reason:
        mine === theirs
          ? `same last update (${mine || 'undated'}): the first by path is kept`
          : `updated ${theirs} there, ${mine || 'undated'} here`,
    });
  }
  return [...kept.values()];
}
