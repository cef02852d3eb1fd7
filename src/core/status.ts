// Recruitment statuses grouped the way people ask about them.
import type { TrialStatus } from './schema';

export const STATUS_GROUPS = ['enrolling', 'not-yet', 'active', 'closed', 'unknown'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  enrolling: 'Enrolling',
  'not-yet': 'Not yet recruiting',
  active: 'Active, not recruiting',
  closed: 'Closed',
  unknown: 'Unknown',
};

const GROUP_OF: Record<TrialStatus, StatusGroup> = {
  RECRUITING: 'enrolling',
  ENROLLING_BY_INVITATION: 'enrolling',
  AVAILABLE: 'enrolling',
  NOT_YET_RECRUITING: 'not-yet',
  ACTIVE_NOT_RECRUITING: 'active',
  TEMPORARILY_NOT_AVAILABLE: 'active',
  COMPLETED: 'closed',
  SUSPENDED: 'closed',
  TERMINATED: 'closed',
  WITHDRAWN: 'closed',
  NO_LONGER_AVAILABLE: 'closed',
  APPROVED_FOR_MARKETING: 'closed',
  WITHHELD: 'unknown',
  UNKNOWN: 'unknown',
};

export function statusGroup(status: TrialStatus): StatusGroup {
  return GROUP_OF[status];
}

const STATUS_LABELS: Record<TrialStatus, string> = {
  ACTIVE_NOT_RECRUITING: 'Active, not recruiting',
  COMPLETED: 'Completed',
  ENROLLING_BY_INVITATION: 'Enrolling by invitation',
  NOT_YET_RECRUITING: 'Not yet recruiting',
  RECRUITING: 'Recruiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  WITHDRAWN: 'Withdrawn',
  AVAILABLE: 'Available',
  NO_LONGER_AVAILABLE: 'No longer available',
  TEMPORARILY_NOT_AVAILABLE: 'Temporarily not available',
  APPROVED_FOR_MARKETING: 'Approved for marketing',
  WITHHELD: 'Withheld',
  UNKNOWN: 'Unknown',
};

export function statusLabel(status: TrialStatus): string {
  return STATUS_LABELS[status];
}

const ENDED: ReadonlySet<TrialStatus> = new Set(['COMPLETED', 'TERMINATED', 'WITHDRAWN']);

/** True for a trial that has ended for good (completed, terminated, withdrawn), not merely paused. */
export function isEnded(status: TrialStatus): boolean {
  return ENDED.has(status);
}

export function isStatusGroup(value: string): value is StatusGroup {
  return (STATUS_GROUPS as readonly string[]).includes(value);
}
