import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES_PER_COUNTRY } from './mt103-203-reference';
import { readCtgovStudyText } from '../../../src/pipeline/readers/ctgov-study-text';
import { readNewsArticle } from '../../../src/pipeline/readers/news-article';
import { readPatientPortalPage } from '../../../src/pipeline/readers/patient-portal-page';
import { detectSourceKind } from '../../../src/pipeline/readers/read-source';
import { SourceError } from '../../../src/pipeline/source-error';

const seed = (name: string) => readFileSync(`seeds/${name}`, 'utf8');
const STUDY_PAGE = '004_e87ec184d23465ba.txt';

function errorOf(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
}

describe('ClinicalTrials.gov study text (seed 004)', () => {
  const [study] = readCtgovStudyText(seed(STUDY_PAGE), `seeds/${STUDY_PAGE}`);
  const trial = study!.trial;
  const sites = study!.sites;

  it('reads identifiers, status, phase, enrollment, dates, sponsor and eligibility', () => {
    expect(trial).toMatchObject({
      id: 'NCT01207388',
      nctId: 'NCT01207388',
      orgStudyIds: ['MT103-203'],
      overallStatus: 'COMPLETED',
      phases: ['PHASE2'],
      enrollment: { count: 116, type: 'UNKNOWN' },
      sponsor: 'Amgen Research (Munich) GmbH',
      conditions: ['B-cell Acute Lymphoblastic Leukemia'],
      minimumAge: '18 Years',
      maximumAge: null,
      sex: 'ALL',
      startDate: '2010-11-30',
      completionDate: '2019-01-07',
      sitesListed: true,
      source: { file: `seeds/${STUDY_PAGE}`, kind: 'ctgov-study-text' },
    });
    expect(trial.title).toMatch(/^Confirmatory Phase II Study of Blinatumomab \(MT103\)/);
    expect(trial.summary).toMatch(/^The purpose of this study is to confirm/);
  });

  it('reads interventions with their other names and the investigators with institutions', () => {
    expect(trial.interventions).toEqual([
      { name: 'Blinatumomab', type: 'DRUG', otherNames: ['AMG 103 MT103 BLINCYTO™'] },
    ]);
    expect(trial.overallOfficials).toEqual([
      {
        name: 'Ralf Bargou, MD',
        role: 'PRINCIPAL_INVESTIGATOR',
        affiliation: 'Medizinische Klinik und Poliklinik II, Würzburg',
      },
      {
        name: 'Nicola Gökbuget, MD',
        role: 'PRINCIPAL_INVESTIGATOR',
        affiliation: 'Klinikum der Goethe Universität Frankfurt',
      },
    ]);
  });

  it('reads all 75 locations in 11 countries', () => {
    expect(sites).toHaveLength(75);
    const perCountry: Record<string, number> = {};
    for (const site of sites) perCountry[site.country] = (perCountry[site.country] ?? 0) + 1;
    expect(perCountry).toEqual(SITES_PER_COUNTRY);
    expect(new Set(sites.map((site) => site.siteNumber)).size).toBe(75);
  });

  it('keeps site number, name, city and line; inherits the blank site status from the trial', () => {
    expect(sites[0]).toEqual({
      siteNumber: '1102',
      facility: 'LKH Graz',
      city: 'Graz',
      state: null,
      zip: null,
      country: 'AT',
      countryText: 'Austria',
      status: 'COMPLETED',
      statusSource: 'trial',
      sourceLine: 185,
      geoPoint: null,
      contacts: [],
    });
    expect(sites.find((site) => site.siteNumber === '1106')).toMatchObject({
      facility: null,
      city: 'Salzburg',
    });
    expect(sites.find((site) => site.siteNumber === '2105')).toMatchObject({ city: 'Iași', country: 'RO' });
    expect(sites.every((site) => site.statusSource === 'trial' && site.status === 'COMPLETED')).toBe(true);
    const lines = seed(STUDY_PAGE).split('\n');
    for (const site of sites)
      expect(lines[(site.sourceLine ?? 0) - 1]).toMatch(new RegExp(`^${site.siteNumber}\\b`));
  });

  it('takes a site status when the page gives one', () => {
    const text = seed(STUDY_PAGE).replace(
      'Linz, , Austria\n\nSite Status\n',
      'Linz, , Austria\n\nSite Status\n\nRECRUITING\n',
    );
    const linz = readCtgovStudyText(text, 'x.txt')[0]!.sites.find((site) => site.city === 'Linz');
    expect(linz).toMatchObject({ status: 'RECRUITING', statusSource: 'site' });
  });

  it('keeps a site whose country is not recognised, as ZZ', () => {
    const badCountry = seed(STUDY_PAGE).replace('Graz, , Austria', 'Graz, , Atlantis');
    const [graz] = readCtgovStudyText(badCountry, 'page.txt')[0]!.sites;
    expect(graz).toMatchObject({ city: 'Graz', country: 'ZZ', countryText: 'Atlantis', sourceLine: 185 });
  });

  it('fails, naming file and line, on a page cut off before its sites or announcing sites it lacks', () => {
    const page = seed(STUDY_PAGE);
    // The first 2,834 bytes of the page: it ends inside "Study Groups".
    const cut = Buffer.from(page).subarray(0, 2834).toString('utf8');
    expect(() => readCtgovStudyText(cut, 'cut.txt')).toThrow(
      /^cut\.txt:\d+: the page ends before its Locations section/,
    );
    // Cut right after the Locations heading: the heading announces sites that are not there.
    const headingOnly = page.slice(0, page.indexOf('1102 - LKH Graz'));
    expect(() => readCtgovStudyText(headingOnly, 'head.txt')).toThrow(
      'head.txt:181: "Locations" announces sites, but none could be read',
    );
  });

  it('names file and line on malformed input', () => {
    const badStatus = seed(STUDY_PAGE).replace('\nCOMPLETED\n', '\nFINISHED-ISH\n');
    expect(errorOf(() => readCtgovStudyText(badStatus, 'page.txt')).message).toMatch(
      /^page\.txt:21: Recruitment Status/,
    );
    const noMarker = seed(STUDY_PAGE).replace(/(Linz, , Austria\n\n)Site Status\n/, '$1');
    expect(errorOf(() => readCtgovStudyText(noMarker, 'page.txt')).line).toBe(191);
  });
});

describe('patient-portal pages (seeds 000-002)', () => {
  const read = (name: string) => readPatientPortalPage(seed(name), `seeds/${name}`)[0]!;

  it('reads seed 000: title, phase, sponsor, collaborator, investigator, age, sex, participants, interventions', () => {
    const { trial, sites } = read('000_931c9eae9643c398.txt');
    expect(sites).toEqual([]);
    expect(trial).toMatchObject({
      id: 'blinatumomab-for-acute-lymphoblastic-leukemia',
      nctId: null,
      title: 'Blinatumomab for Acute Lymphoblastic Leukemia',
      overallStatus: 'UNKNOWN',
      phases: ['PHASE2'],
      enrollment: { count: 36, type: 'ESTIMATED' },
      sponsor: 'M.D. Anderson Cancer Center',
      collaborators: ['National Cancer Institute (NCI)'],
      overallOfficials: [
        {
          name: 'Elias Jabbour, MD',
          role: 'PRINCIPAL_INVESTIGATOR',
          affiliation: 'M.D. Anderson Cancer Center',
        },
      ],
      interventions: [{ name: 'Blinatumomab', type: null, otherNames: [] }],
      minimumAge: '18 Years',
      maximumAge: null,
      sex: 'ALL',
      sitesListed: false,
      startDate: null,
      source: { kind: 'patient-portal-page' },
    });
    expect(trial.summary).toMatch(/^This phase II trial studies how well blinatumomab works/);
  });

  it('reads seed 001 and invents nothing it does not state', () => {
    const { trial } = read('001_2dd02557c7c517c9.txt');
    expect(trial).toMatchObject({
      title: 'Blinatumomab + HMCT for Acute Lymphoblastic Leukemia',
      phases: ['PHASE1'],
      enrollment: null,
      sponsor: 'Cedars-Sinai Medical Center',
      collaborators: ['Amgen'],
      minimumAge: null,
      sex: null,
      sitesListed: false,
    });
    expect(trial.overallOfficials).toEqual([
      {
        name: 'Noah Merin, MD PhD',
        role: 'PRINCIPAL_INVESTIGATOR',
        affiliation: 'Cedars-Sinai Medical Center Samuel Oschin Comprehensive Cancer Institute',
      },
    ]);
    expect(trial.interventions.map((intervention) => intervention.name)).toEqual([
      'Blinatumomab',
      'Haplo-Mismatched Cell Therapy (HMCT)',
    ]);
  });

  it('reads seed 002: phase 3, NCI, ECOG-ACRIN investigator, ages 18-75, eleven interventions', () => {
    const { trial } = read('002_f98ecee123e3bda3.txt');
    expect(trial).toMatchObject({
      phases: ['PHASE3'],
      sponsor: 'National Cancer Institute (NCI)',
      collaborators: [],
      overallOfficials: [
        {
          name: 'Yishai Ofran',
          role: 'PRINCIPAL_INVESTIGATOR',
          affiliation: 'ECOG-ACRIN Cancer Research Group',
        },
      ],
      minimumAge: '18 Years',
      maximumAge: '75 Years',
    });
    expect(trial.interventions).toHaveLength(11);
    expect(trial.interventions[10]?.name).toBe('Vincristine Sulfate');
  });

  it('names file and line on a malformed age', () => {
    const text = seed('000_931c9eae9643c398.txt').replace('Age: 18+', 'Age: grown-up');
    expect(errorOf(() => readPatientPortalPage(text, 'portal.txt')).message).toBe(
      'portal.txt:7: Age: expected "18+" or "18-75", got "grown-up"',
    );
  });
});

describe('news article (seed 003)', () => {
  const [study] = readNewsArticle(seed('003_e9f14de385d16e30.txt'), 'seeds/003_e9f14de385d16e30.txt');
  const trial = study!.trial;

  it('states only what the article says, traceable to it', () => {
    expect(study!.sites).toEqual([]);
    expect(trial).toMatchObject({
      id: 'blinatumomab-extends-survival-for-patients-with-advanced-all',
      nctId: null,
      title: 'Blinatumomab Extends Survival for Patients with Advanced ALL',
      overallStatus: 'UNKNOWN',
      phases: ['PHASE3'],
      enrollment: { count: 376, type: 'ACTUAL' },
      sponsor: null,
      overallOfficials: [
        {
          name: 'Hagop Kantarjian, M.D.',
          role: 'LEAD_INVESTIGATOR',
          affiliation: 'University of Texas MD Anderson Cancer Center',
        },
      ],
      interventions: [
        { name: 'blinatumomab', type: null, otherNames: ['Blincyto'] },
        { name: 'standard chemotherapy', type: null, otherNames: [] },
      ],
      sitesListed: false,
      source: { file: 'seeds/003_e9f14de385d16e30.txt', kind: 'news-article' },
    });
    expect(trial.summary).toContain('phase III randomized controlled trial');
    // Quoted verbatim, up to whitespace (the article uses no-break spaces).
    const article = seed('003_e9f14de385d16e30.txt').replace(/\s+/g, ' ');
    expect(trial.results).toContain('Median overall survival was 7.7 months');
    expect(trial.results).toContain('(34% versus 16%)');
    for (const sentence of (trial.results ?? '').split(/(?<=\.) /)) expect(article).toContain(sentence);
  });

  it('names file and line when no headline or phase can be found', () => {
    expect(
      errorOf(() => readNewsArticle('Some text\n\n, by Staff\n\nNothing about a trial.', 'n.txt')).message,
    ).toBe('n.txt:1: the article names no trial phase');
  });
});

describe('format detection', () => {
  it('detects each seed by content', () => {
    expect(detectSourceKind(seed('000_931c9eae9643c398.txt'), 'a.txt')).toBe('patient-portal-page');
    expect(detectSourceKind(seed('003_e9f14de385d16e30.txt'), 'a.txt')).toBe('news-article');
    expect(detectSourceKind(seed(STUDY_PAGE), 'a.json')).toBe('ctgov-study-text');
    expect(detectSourceKind('{"protocolSection": {}}', 'a.txt')).toBe('ctgov-api-json');
    expect(detectSourceKind('<?xml version="1.0"?>\n<clinical_study></clinical_study>', 'a.txt')).toBe(
      'ctgov-classic-xml',
    );
  });

  it('rejects unrecognised text with file and line', () => {
    expect(() => detectSourceKind('hello\nworld\n', 'notes.txt')).toThrow(
      /^notes\.txt:1: unrecognised source/,
    );
  });
});
