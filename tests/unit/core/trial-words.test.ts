import { describe, expect, it } from 'vitest';
import { unnamedSiteName } from '../../../src/core/site-table';
import { trialEndDate, trialName } from '../../../src/core/trial-words';
import { makeTrial } from './make-trial';

describe('trial words', () => {
  it('names a trial by its NCT ID, else by its title, never by its slug', () => {
    expect(trialName(makeTrial({ id: 'NCT01207388', nctId: 'NCT01207388', title: 'A study' }))).toBe(
      'NCT01207388',
    );
    expect(trialName(makeTrial({ id: 'blinatumomab-for-all', title: 'Blinatumomab for ALL' }))).toBe(
      'Blinatumomab for ALL',
    );
  });

  it('names a site that has only a number', () => {
    expect(unnamedSiteName('1209')).toBe('Site 1209 (name not published)');
    expect(unnamedSiteName(null)).toBe('Site (name not published)');
  });

  it('dates an ended trial by its completion, else its primary completion; a running one not at all', () => {
    const terminated = { overallStatus: 'TERMINATED' as const, completionDate: null };
    expect(trialEndDate({ ...terminated, primaryCompletionDate: '2015-03' })).toBe('2015-03');
    expect(trialEndDate({ ...terminated, completionDate: '2015-04', primaryCompletionDate: '2015-03' })).toBe(
      '2015-04',
    );
    expect(trialEndDate(terminated)).toBeNull();
    expect(trialEndDate({ overallStatus: 'RECRUITING', completionDate: '2030-01' })).toBeNull();
  });
});
