import { describe, expect, it } from 'vitest';
import { ctgovSearchUrl } from '../../../src/core/ctgov-links';
import { nearAdvice, type AdviceInput } from '../../../src/core/near-advice';
import { makeTrial } from './make-trial';

const MT103_203 = makeTrial({
  id: 'NCT01207388',
  nctId: 'NCT01207388',
  overallStatus: 'COMPLETED',
  completionDate: '2019-01-07',
  conditions: ['B-cell Acute Lymphoblastic Leukemia'],
});
const LYON = { city: 'Lyon', country: 'FR' };

function advice(fields: Partial<AdviceInput>) {
  return nearAdvice({
    trials: [MT103_203],
    radiusKm: null,
    enrollingBeyondKm: null,
    notYetWithin: 0,
    notYetHidden: false,
    place: LYON,
    ...fields,
  });
}

const kinds = (fields: Partial<AdviceInput>) => advice(fields).steps.map((step) => step.kind);

describe('the next step when no site in reach is enrolling', () => {
  it('says that a completed trial has ended, and when', () => {
    expect(advice({}).facts).toEqual([
      { kind: 'ended', trial: 'NCT01207388', status: 'COMPLETED', date: '2019-01-07' },
    ]);
    const terminated = makeTrial({ id: 't', title: 'A stopped trial', overallStatus: 'TERMINATED' });
    expect(advice({ trials: [{ ...terminated, primaryCompletionDate: '2015-03' }] }).facts).toEqual([
      { kind: 'ended', trial: 'A stopped trial', status: 'TERMINATED', date: '2015-03' },
    ]);
    expect(advice({ trials: [makeTrial({ id: 'w', overallStatus: 'WITHDRAWN' })] }).facts[0]).toMatchObject({
      status: 'WITHDRAWN',
      date: null,
    });
    expect(
      advice({ trials: [makeTrial({ id: 'a', overallStatus: 'ACTIVE_NOT_RECRUITING' })] }).facts,
    ).toEqual([]);
  });

  it('offers a search for recruiting trials of the condition near the chosen place', () => {
    const search = advice({ radiusKm: 100 }).steps.find((step) => step.kind === 'search-registry');
    expect(search).toMatchObject({ condition: 'B-cell Acute Lymphoblastic Leukemia', place: 'Lyon' });
    const url = new URL(search!.kind === 'search-registry' ? search!.url : '');
    expect(url.origin + url.pathname).toBe('https://clinicaltrials.gov/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      cond: 'B-cell Acute Lymphoblastic Leukemia',
      locStr: 'Lyon, France',
      country: 'France',
      city: 'Lyon',
      distance: '63',
      aggFilters: 'status:rec',
    });
  });

  it('never puts a position that is not a named place into the search', () => {
    const search = advice({ place: null }).steps.find((step) => step.kind === 'search-registry');
    expect(search && search.kind === 'search-registry' && search.url).toBe(
      'https://clinicaltrials.gov/search?cond=B-cell%20Acute%20Lymphoblastic%20Leukemia&aggFilters=status%3Arec',
    );
    // Nothing to search by: no step.
    expect(kinds({ place: null, trials: [makeTrial({ id: 'x', overallStatus: 'COMPLETED' })] })).toEqual([]);
  });

  it('offers a wider radius only when it would reach an enrolling site', () => {
    expect(kinds({ radiusKm: 25 })).not.toContain('widen');
    expect(advice({ radiusKm: 25, enrollingBeyondKm: 412 }).steps[0]).toEqual({
      kind: 'widen',
      enrollingKm: 412,
    });
    expect(kinds({ radiusKm: null, enrollingBeyondKm: 412 })).not.toContain('widen');
  });

  it('offers "not yet recruiting" sites only when there are some', () => {
    expect(kinds({})).not.toContain('include-not-yet');
    expect(advice({ notYetWithin: 2, notYetHidden: true }).steps[0]).toEqual({
      kind: 'include-not-yet',
      count: 2,
      hidden: true,
    });
  });

  it('suggests asking the trial’s contact only while the trial may still open sites', () => {
    expect(kinds({})).not.toContain('ask-contact');
    const opening = makeTrial({ id: 'o', nctId: 'NCT00000001', overallStatus: 'NOT_YET_RECRUITING' });
    expect(advice({ trials: [MT103_203, opening] }).steps).toContainEqual({
      kind: 'ask-contact',
      trial: 'NCT00000001',
      nctId: 'NCT00000001',
    });
    expect(kinds({ trials: [makeTrial({ id: 'r', overallStatus: 'RECRUITING' })] })).toContain('ask-contact');
  });
});

describe('ClinicalTrials.gov search links', () => {
  it('round the radius up to whole miles, at least one', () => {
    const distance = (radiusKm: number) =>
      new URL(ctgovSearchUrl({ condition: null, place: LYON, radiusKm })).searchParams.get('distance');
    expect(distance(50 * 1.609344)).toBe('50');
    expect(distance(100)).toBe('63');
    expect(distance(0.5)).toBe('1');
  });
});
