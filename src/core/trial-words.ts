// Trials in the words a person uses: named by NCT ID or title (never a slug), dated by when they ended. The app
// words statuses and sources in the language shown (src/app/i18n/trial-words.ts).
import type { Trial } from './schema';
import { isEnded } from './status';

/** What names a trial in short: its NCT ID, or its title when it has none (never its slug). */
export function trialName(trial: Pick<Trial, 'nctId' | 'title'>): string {
  return trial.nctId ?? trial.title;
}

type TrialDates = Pick<Trial, 'overallStatus' | 'completionDate'> & {
  primaryCompletionDate?: string | null;
};

/** When a trial that has ended ended: its completion date, else its primary completion date. */
export function trialEndDate(trial: TrialDates): string | null {
  if (!isEnded(trial.overallStatus)) return null;
  return trial.completionDate ?? trial.primaryCompletionDate ?? null;
}
