// Statuses, phases and sources in the language shown: the legend's group with the registry's exact status,
// when an ended trial ended (core/trial-words.ts decides which date), the phases and the kind of source.
import type { Phase, SourceKind, TrialStatus } from '../../core/dataset-enums';
import { statusGroup } from '../../core/status';
import { trialEndDate } from '../../core/trial-words';
import type { Formats } from './formats';
import { PHASE_KEYS, STATUS_GROUP_KEYS } from './label-keys';
import type { MessageKey, Translate } from './translator';

/** ClinicalTrials.gov's statuses, in the wording of the EU trial portal where it has one. */
export const STATUS_KEYS: Record<TrialStatus, MessageKey> = {
  ACTIVE_NOT_RECRUITING: 'status.exact.activeNotRecruiting',
  COMPLETED: 'status.exact.completed',
  ENROLLING_BY_INVITATION: 'status.exact.byInvitation',
  NOT_YET_RECRUITING: 'status.exact.notYetRecruiting',
  RECRUITING: 'status.exact.recruiting',
  SUSPENDED: 'status.exact.suspended',
  TERMINATED: 'status.exact.terminated',
  WITHDRAWN: 'status.exact.withdrawn',
  AVAILABLE: 'status.exact.available',
  NO_LONGER_AVAILABLE: 'status.exact.noLongerAvailable',
  TEMPORARILY_NOT_AVAILABLE: 'status.exact.temporarilyNotAvailable',
  APPROVED_FOR_MARKETING: 'status.exact.approvedForMarketing',
  WITHHELD: 'status.exact.withheld',
  UNKNOWN: 'status.exact.unknown',
};

const SOURCE_KEYS: Record<SourceKind, MessageKey> = {
  'ctgov-study-text': 'source.ctgovStudyText',
  'patient-portal-page': 'source.patientPortal',
  'news-article': 'source.news',
  'ctgov-api-json': 'source.ctgovRecord',
  'ctgov-classic-xml': 'source.ctgovXml',
  'ctgov-website-csv': 'source.ctgovCsv',
  synthetic: 'source.synthetic',
};

type TrialDates = Parameters<typeof trialEndDate>[0];

/**
 * "Closed — Completed January 7, 2019", "Enrolling — Recruiting", "Not yet recruiting": the group, the exact
 * status when it says more, and the end date when `status` is the ended trial's own.
 */
export function statusText(t: Translate, formats: Formats, status: TrialStatus, trial?: TrialDates): string {
  const group = t(STATUS_GROUP_KEYS[statusGroup(status)]);
  const exact = t(STATUS_KEYS[status]);
  const words = exact === group ? group : `${group} — ${exact}`;
  const ended = trial && trial.overallStatus === status ? trialEndDate(trial) : null;
  return ended ? `${words} ${formats.date(ended)}` : words;
}

/** "Phase 2, Phase 3"; "" when the source gives none. */
export function phasesText(t: Translate, phases: readonly Phase[]): string {
  return phases.map((phase) => t(PHASE_KEYS[phase])).join(', ');
}

/** The kind of document the trial was read from, e.g. "Patient-portal trial page". */
export function sourceText(t: Translate, kind: SourceKind): string {
  return t(SOURCE_KEYS[kind]);
}
