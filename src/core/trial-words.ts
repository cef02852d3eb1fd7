// Trials, their sources and their status in the words a person uses: no slugs, no file paths, one status
// vocabulary (the legend's five groups, with the registry's exact status where details are wanted).
import type { SourceKind, TrialStatus } from './dataset-enums';
import type { Trial } from './schema';
import { isEnded, STATUS_GROUP_LABELS, statusGroup, statusLabel } from './status';

/** What names a trial in short: its NCT ID, or its title when it has none (never its slug). */
export function trialName(trial: Pick<Trial, 'nctId' | 'title'>): string {
  return trial.nctId ?? trial.title;
}

const SOURCE_KINDS_IN_WORDS: Record<SourceKind, string> = {
  'ctgov-study-text': 'ClinicalTrials.gov study page',
  'patient-portal-page': 'Patient-portal trial page',
  'news-article': 'News article',
  'ctgov-api-json': 'ClinicalTrials.gov record',
  'ctgov-classic-xml': 'ClinicalTrials.gov record (classic XML)',
  'ctgov-website-csv': 'ClinicalTrials.gov search download (CSV)',
  synthetic: 'Synthetic test data, not a real trial',
};

/** The kind of document the trial was read from, e.g. "Patient-portal trial page". */
export function sourceInWords(kind: SourceKind): string {
  return SOURCE_KINDS_IN_WORDS[kind];
}

type TrialDates = Pick<Trial, 'overallStatus' | 'completionDate'> & {
  primaryCompletionDate?: string | null;
};

/** When a trial that has ended ended: its completion date, else its primary completion date. */
export function trialEndDate(trial: TrialDates): string | null {
  if (!isEnded(trial.overallStatus)) return null;
  return trial.completionDate ?? trial.primaryCompletionDate ?? null;
}

/**
 * A status in the legend's group, with the registry's exact status when it says more, and when an ended
 * trial ended: "Closed — Completed 2019-01-07", "Enrolling — Recruiting", "Not yet recruiting". The date is
 * the trial's, so it is given only when `status` is the trial's own.
 */
export function statusInWords(status: TrialStatus, trial?: TrialDates): string {
  const group = STATUS_GROUP_LABELS[statusGroup(status)];
  const exact = statusLabel(status);
  const words = exact === group ? group : `${group} — ${exact}`;
  const ended = trial && trial.overallStatus === status ? trialEndDate(trial) : null;
  return ended ? `${words} ${ended}` : words;
}
