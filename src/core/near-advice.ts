// What a person can do when no site in reach is enrolling, computed from what is true of the data: a trial that
// has ended says so and when; a wider radius is offered only when it would reach an enrolling site; "not yet
// recruiting" sites only when there are some; the trial's contact only while the trial may still open sites;
// and a search of ClinicalTrials.gov for recruiting trials of the same condition near the chosen place.
import { ctgovSearchUrl, type RegistrySearch } from './ctgov-links';
import type { Trial } from './schema';
import type { TrialStatus } from './dataset-enums';
import { isEnded, statusGroup } from './status';
import { trialEndDate, trialName } from './trial-words';

export type AdviceTrial = Pick<
  Trial,
  'nctId' | 'title' | 'overallStatus' | 'completionDate' | 'conditions'
> & {
  primaryCompletionDate?: string | null;
};

export interface AdviceInput {
  /** The trials of the sites the answer lists, nearest first, each once. */
  trials: readonly AdviceTrial[];
  /** null for any distance. */
  radiusKm: number | null;
  /** Distance to the nearest enrolling site beyond the radius; null when there is none. */
  enrollingBeyondKm: number | null;
  /** Not-yet-recruiting sites within reach (whatever the status filter). */
  notYetWithin: number;
  /** True when the status filter hides not-yet-recruiting sites. */
  notYetHidden: boolean;
  /** The named place the person chose; null for their device's position or a point on the map. */
  place: RegistrySearch['place'];
}

/** The status is the registry's code: the app words it in the language shown. */
export type AdviceFact = { kind: 'ended'; trial: string; status: TrialStatus; date: string | null };

export type AdviceStep =
  | { kind: 'widen'; enrollingKm: number }
  | { kind: 'include-not-yet'; count: number; hidden: boolean }
  | { kind: 'ask-contact'; trial: string; nctId: string | null }
  | { kind: 'search-registry'; url: string; condition: string | null; place: string | null };

export interface Advice {
  facts: AdviceFact[];
  steps: AdviceStep[];
}

export function nearAdvice(input: AdviceInput): Advice {
  const { trials, radiusKm, enrollingBeyondKm, notYetWithin, notYetHidden, place } = input;
  const facts: AdviceFact[] = trials
    .filter((trial) => isEnded(trial.overallStatus))
    .map((trial) => ({
      kind: 'ended',
      trial: trialName(trial),
      status: trial.overallStatus,
      date: trialEndDate(trial),
    }));
  const steps: AdviceStep[] = [];
  if (radiusKm !== null && enrollingBeyondKm !== null)
    steps.push({ kind: 'widen', enrollingKm: enrollingBeyondKm });
  if (notYetWithin > 0) steps.push({ kind: 'include-not-yet', count: notYetWithin, hidden: notYetHidden });
  // Only a trial that may still open sites has a contact worth asking about a site near you.
  const opening = trials.find((trial) => ['enrolling', 'not-yet'].includes(statusGroup(trial.overallStatus)));
  if (opening) steps.push({ kind: 'ask-contact', trial: trialName(opening), nctId: opening.nctId });
  const condition = trials.find((trial) => trial.conditions.length > 0)?.conditions[0] ?? null;
  if (condition || place) {
    steps.push({
      kind: 'search-registry',
      url: ctgovSearchUrl({ condition, place, radiusKm }),
      condition,
      place: place?.city ?? null,
    });
  }
  return { facts, steps };
}
