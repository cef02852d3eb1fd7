import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCtgovApiJson } from '../../../src/pipeline/readers/ctgov-api-json';
import { readCtgovWebsiteCsv } from '../../../src/pipeline/readers/ctgov-website-csv';
import { readSource } from '../../../src/pipeline/readers/read-source';

const fixture = (name: string) => readFileSync(`tests/fixtures/ctgov/${name}`, 'utf8');

describe("ClinicalTrials.gov's website CSV download", () => {
  // The same study (NCT02552212) as the website's CSV and as API v2 JSON.
  const [csv] = readCtgovWebsiteCsv(fixture('ctg-studies-NCT02552212.csv'), 'ctg-studies.csv');
  const [json] = readCtgovApiJson(fixture('NCT02552212.json'), 'NCT02552212.json');

  it('is recognised by its header', () => {
    expect(readSource(fixture('ctg-studies-NCT02552212.csv'), 'x.csv').kind).toBe('ctgov-website-csv');
  });

  it('reads the trial as the API gives it', () => {
    const fields = [
      'id',
      'title',
      'overallStatus',
      'phases',
      'sponsor',
      'conditions',
      'sex',
      'stdAges',
      'studyType',
      'startDate',
      'primaryCompletionDate',
      'completionDate',
      'lastUpdatePosted',
    ] as const;
    for (const field of fields) expect([field, csv!.trial[field]]).toEqual([field, json!.trial[field]]);
    expect(csv!.trial.enrollment?.count).toBe(json!.trial.enrollment?.count);
    expect(csv!.trial.orgStudyIds).toEqual(json!.trial.orgStudyIds);
  });

  it('splits "Facility, City, State, Zip, Country" into the same sites as the API', () => {
    const address = (site: NonNullable<typeof csv>['sites'][number]) => ({
      facility: site.facility,
      city: site.city,
      state: site.state,
      zip: site.zip,
      country: site.country,
    });
    expect(csv!.sites).toHaveLength(105);
    expect(csv!.sites.map(address)).toEqual(json!.sites.map(address));
    expect(csv!.sites.every((site) => site.sourceLine === 2 && site.statusSource === 'trial')).toBe(true);
  });

  it('takes a country whose name holds a comma, a missing state, and a facility with commas', () => {
    const text = [
      'NCT Number,Study Title,Study Status,Locations',
      'NCT00351065,Phase II Trial of SK3530 in Erectile Dysfunction,TERMINATED,' +
        '"SK Chemicals Co., Ltd., Seoul, 03142, Korea, Republic of|Possover, Zürich, 8008, Switzerland"',
    ].join('\n');
    const [study] = readCtgovWebsiteCsv(text, 'rows.csv');
    expect(
      study!.sites.map((site) => [site.facility, site.city, site.state, site.zip, site.country]),
    ).toEqual([
      ['SK Chemicals Co., Ltd.', 'Seoul', null, '03142', 'KR'],
      ['Possover', 'Zürich', null, '8008', 'CH'],
    ]);
  });

  it('names file and line of a malformed row', () => {
    const broken = 'NCT Number,Study Title,Study Status,Locations\nNCT00351065,"unterminated,COMPLETED,\n';
    expect(() => readCtgovWebsiteCsv(broken, 'broken.csv')).toThrow(/^broken\.csv:\d+: invalid CSV/);
  });
});
