import { describe, expect, it } from 'vitest';
import { worldwideStudies } from './ctgov-worldwide';

const study = (id: string) => worldwideStudies.find((one) => one.trial.id === id)!;

describe('real ClinicalTrials.gov downloads from several countries', () => {
  it("maps the registry's country spellings, old and current, without losing the text", () => {
    const countries = (id: string) =>
      new Map(study(id).sites.map((site) => [site.countryText, site.country]));
    expect(countries('NCT05809934').get('Turkey')).toBe('TR');
    expect(countries('NCT04764188').get('Turkey (Türkiye)')).toBe('TR');
    expect(countries('NCT05911841').get('Korea, Republic of')).toBe('KR');
    expect(countries('NCT06620835').get('France')).toBe('FR');
    const all = worldwideStudies.flatMap((one) => one.sites);
    expect(all.filter((site) => site.country === 'ZZ')).toEqual([]);
    expect(new Set(all.map((site) => site.country)).size).toBe(47);
  });

  it('keeps an early phase 1 study early phase 1', () => {
    expect(study('NCT06097962').trial.phases).toEqual(['EARLY_PHASE1']);
  });

  it('carries the site contacts, the dates and who may join', () => {
    const { trial, sites } = study('NCT05911841');
    expect(trial).toMatchObject({
      lastUpdatePosted: '2023-06-22',
      statusVerifiedDate: '2023-06',
      primaryCompletionDate: '2024-09-16',
      stdAges: ['ADULT', 'OLDER_ADULT'],
      healthyVolunteers: false,
    });
    expect(trial.centralContacts[0]).toMatchObject({ role: 'CONTACT', phone: '1-317-615-4559' });
    expect(sites.find((site) => site.city === 'Dongjak')).toMatchObject({
      facility: 'Chung-Ang University Hospital',
      state: 'Seoul-teukbyeolsi [Seoul]',
      zip: '06973',
      contacts: [
        { name: 'Seong Jun Seo', role: 'PRINCIPAL_INVESTIGATOR', phone: null, phoneExt: null, email: null },
      ],
    });
  });
});
