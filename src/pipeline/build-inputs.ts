// Reading a build's inputs, one file at a time: every malformed file reported together, each study checked and
// set aside in a spill file, and one study per trial id chosen (the one updated last). Only ids, dates and
// places in the spill stay in memory, so a registry's worth of pages fits.
import path from 'node:path';
import { trialSchema } from '../core/schema';
import type { BuildReport } from './build';
import { readSourceFile } from './readers/read-source';
import type { SourceStudy } from './readers/source-study';
import { SourceError, SourceErrors } from './source-error';
import type { StudySpill, Spilled } from './study-spill';

/** Where a study is: its input file (an index into the file list) and its place in the spill. */
export type StudyRef = { file: number; spilled: Spilled; updated: string };

/**
 * Reads every file into the spill; throws one SourceErrors naming each malformed file, or when no file holds a
 * trial. Returns the study kept for each trial id, in id order.
 */
export function readInputs(
  files: readonly string[],
  root: string,
  spill: StudySpill,
  report: BuildReport,
): StudyRef[] {
  const newest = new NewestStudies(files, report);
  const errors: SourceError[] = [];
  files.forEach((file, index) => {
    try {
      const { kind, studies } = readSourceFile(path.resolve(root, file), file);
      report.sources.push({ file, kind, trials: 0, sites: 0 });
      for (const study of studies) {
        const valid = checked(study, file);
        // A malformed file leaves the build anyway: its studies need not be kept.
        if (errors.length === 0)
          newest.add(valid.trial.id, valid.trial.lastUpdatePosted, index, spill.add(valid));
      }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      errors.push(error);
    }
  });
  if (errors.length > 0) throw new SourceErrors(errors);
  const kept = newest.kept();
  if (kept.length === 0) {
    throw new Error(
      files.length === 0
        ? 'no source files in the inputs (.txt, .json or .xml); nothing was written'
        : `no trials in ${files.length === 1 ? files[0] : `the ${files.length} input files`}; nothing was written`,
    );
  }
  return kept;
}

/**
 * The study with its trial in the schema's canonical form (its key order) when its values are all of the
 * dataset's kinds, else a SourceError naming the file.
 */
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
  return { trial: result.data, sites: study.sites };
}

/**
 * One study per trial id: the one ClinicalTrials.gov updated last (lastUpdatePosted; undated counts as
 * oldest), on a tie the first by path. The others are listed in the report with the reason.
 */
class NewestStudies {
  private readonly byId = new Map<string, StudyRef>();
  private readonly left: { id: string; ref: StudyRef }[] = [];

  constructor(
    private readonly files: readonly string[],
    private readonly report: BuildReport,
  ) {}

  add(id: string, lastUpdatePosted: string | null, file: number, spilled: Spilled): void {
    const ref = { file, spilled, updated: lastUpdatePosted ?? '' };
    const existing = this.byId.get(id);
    if (!existing) this.byId.set(id, ref);
    else if (ref.updated > existing.updated) {
      this.left.push({ id, ref: existing });
      this.byId.set(id, ref);
    } else this.left.push({ id, ref });
  }

  kept(): StudyRef[] {
    for (const { id, ref } of this.left) {
      const winner = this.byId.get(id)!;
      const [mine, theirs] = [ref.updated, winner.updated];
      this.report.duplicates.push({
        trialId: id,
        file: this.files[ref.file]!,
        keptFrom: this.files[winner.file]!,
        reason:
          mine === theirs
            ? `same last update (${mine || 'undated'}): the first by path is kept`
            : `updated ${theirs} there, ${mine || 'undated'} here`,
      });
    }
    const ids = [...this.byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return ids.map((id) => this.byId.get(id)!);
  }
}
