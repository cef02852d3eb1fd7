import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../../src/core/dataset-enums';
import { unnamedSiteName } from '../../../src/core/site-table';
import { sourceInWords, statusInWords, trialEndDate, trialName } from '../../../src/core/trial-words';
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

  it('says what kind of document a trial comes from, never its file', () => {
    expect(sourceInWords('patient-portal-page')).toBe('Patient-portal trial page');
    expect(sourceInWords('news-article')).toBe('News article');
    for (const kind of SOURCE_KINDS) expect(sourceInWords(kind)).toMatch(/^[A-Z][^/_]+$/);
  });

  it('names a site that has only a number', () => {
    expect(unnamedSiteName('1209')).toBe('Site 1209 (name not published)');
    expect(unnamedSiteName(null)).toBe('Site (name not published)');
  });

  it('gives the legend group, the registry status when it says more, and when an ended trial ended', () => {
    const completed = makeTrial({ id: 't', overallStatus: 'COMPLETED', completionDate: '2019-01-07' });
    expect(statusInWords('COMPLETED', completed)).toBe('Closed — Completed 2019-01-07');
    expect(statusInWords('COMPLETED')).toBe('Closed — Completed');
    expect(statusInWords('RECRUITING', completed)).toBe('Enrolling — Recruiting');
    expect(statusInWords('NOT_YET_RECRUITING')).toBe('Not yet recruiting');
    expect(statusInWords('ACTIVE_NOT_RECRUITING')).toBe('Active, not recruiting');
    expect(statusInWords('UNKNOWN')).toBe('Unknown');
  });

  it('dates an ended trial by its completion, else its primary completion; a running one not at all', () => {
    const terminated = { overallStatus: 'TERMINATED' as const, completionDate: null };
    expect(trialEndDate({ ...terminated, primaryCompletionDate: '2015-03' })).toBe('2015-03');
    expect(trialEndDate({ ...terminated, completionDate: '2015-04', primaryCompletionDate: '2015-03' })).toBe(
      '2015-04',
    );
    expect(trialEndDate(terminated)).toBeNull();
    expect(trialEndDate({ overallStatus: 'RECRUITING', completionDate: '2030-01' })).toBeNull();
    expect(statusInWords('WITHDRAWN', { overallStatus: 'WITHDRAWN', completionDate: null })).toBe(
      'Closed — Withdrawn',
    );
  });
});
