import { describe, expect, it } from 'vitest';
import { TRIAL_STATUSES } from '../../../src/core/schema';
import { STATUS_GROUPS, statusGroup, statusLabel } from '../../../src/core/status';

describe('status groups', () => {
  it('groups statuses the way people ask about them', () => {
    expect(statusGroup('RECRUITING')).toBe('enrolling');
    expect(statusGroup('ENROLLING_BY_INVITATION')).toBe('enrolling');
    expect(statusGroup('NOT_YET_RECRUITING')).toBe('not-yet');
    expect(statusGroup('ACTIVE_NOT_RECRUITING')).toBe('active');
    for (const closed of ['COMPLETED', 'SUSPENDED', 'TERMINATED', 'WITHDRAWN'] as const) {
      expect(statusGroup(closed)).toBe('closed');
    }
    expect(statusGroup('UNKNOWN')).toBe('unknown');
  });

  it('gives every status a group and a label', () => {
    for (const status of TRIAL_STATUSES) {
      expect(STATUS_GROUPS).toContain(statusGroup(status));
      expect(statusLabel(status)).toMatch(/^[A-Z]/);
    }
  });
});
