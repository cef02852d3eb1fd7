import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES_PER_COUNTRY } from './mt103-203-reference';
import { readCtgovApiJson } from '../../../src/pipeline/readers/ctgov-api-json';
import { readCtgovClassicXml } from '../../../src/pipeline/readers/ctgov-classic-xml';
import { countryCode, successorCountries } from '../../../src/pipeline/readers/country-code';
import { parseDate, parsePhases, parseStatus } from '../../../src/pipeline/readers/normalize';

const fixture = (name: string) => readFileSync(`tests/fixtures/ctgov/${name}`, 'utf8');

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe('ClinicalTrials.gov API v2 JSON', () => {
  it('reads a single study with geoPoints, inheriting the overall status where sites give none', () => {
    const [study] = readCtgovApiJson(fixture('NCT02552212.json'), 'NCT02552212.json');
    expect(study!.trial).toMatchObject({
      id: 'NCT02552212',
      orgStudyIds: ['AS0006'],
      overallStatus: 'COMPLETED',
      phases: ['PHASE3'],
      enrollment: { count: 317, type: 'ACTUAL' },
      sponsor: 'UCB BIOSCIENCES GmbH',
      sex: 'ALL',
      minimumAge: '18 Years',
      startDate: '2015-09',
      completionDate: '2020-05',
      sitesListed: true,
      source: { kind: 'ctgov-api-json' },
    });
    expect(study!.trial.interventions[0]).toEqual({
      name: 'Certolizumab Pegol',
      type: 'BIOLOGICAL',
      otherNames: ['Cimzia', 'CDP870'],
    });
    const sites = study!.sites;
    expect(sites).toHaveLength(105);
    expect(Object.keys(countBy(sites.map((site) => site.country)))).toHaveLength(9);
    expect(countBy(sites.map((site) => site.country))).toMatchObject({
      US: 36,
      RU: 18,
      PL: 14,
      CZ: 12,
      TW: 4,
    });
    expect(sites.every((site) => site.geoPoint !== null)).toBe(true);
    expect(sites.every((site) => site.status === 'COMPLETED' && site.statusSource === 'trial')).toBe(true);
    expect(sites[0]).toMatchObject({
      facility: 'As0006 125',
      city: 'Birmingham',
      state: 'Alabama',
      sourceLine: 347,
    });
    expect(sites[0]?.geoPoint).toEqual({ lat: 33.52066, lon: -86.80249 });
    // Each site's line is where its location object starts in the file.
    const lines = fixture('NCT02552212.json').split('\n');
    for (const site of sites) expect(lines[(site.sourceLine ?? 0) - 1]?.trim()).toBe('{');
  });

  it('keeps each site its own status, and sites without a geoPoint for the geocoder', () => {
    const [study] = readCtgovApiJson(fixture('NCT04267848.json'), 'NCT04267848.json');
    const sites = study!.sites;
    expect(sites).toHaveLength(1148);
    expect(countBy(sites.map((site) => site.country))).toEqual({ US: 1147, GU: 1 });
    expect(countBy(sites.map((site) => site.status))).toEqual({
      RECRUITING: 659,
      SUSPENDED: 393,
      ACTIVE_NOT_RECRUITING: 96,
    });
    expect(sites.every((site) => site.statusSource === 'site')).toBe(true);
    expect(sites.filter((site) => site.geoPoint === null).map((site) => site.city)).toEqual([
      'Brownstown',
      'East China Township',
      'N. Huntingdon',
      'Summit',
    ]);
    expect(sites.every((site) => site.sourceLine === 1)).toBe(true);
  });

  it('carries site zip and contacts, and the dates and eligibility a patient needs', () => {
    const [study] = readCtgovApiJson(fixture('NCT04267848.json'), 'NCT04267848.json');
    expect(study!.trial).toMatchObject({
      studyType: 'INTERVENTIONAL',
      healthyVolunteers: false,
      stdAges: ['ADULT', 'OLDER_ADULT'],
      primaryCompletionDate: '2025-12-15',
      lastUpdatePosted: '2025-09-10',
      statusVerifiedDate: '2025-08',
      centralContacts: [],
    });
    const katmai = study!.sites.find((site) => site.facility === 'Katmai Oncology Group');
    expect(katmai).toMatchObject({
      zip: '99508',
      contacts: [
        {
          name: 'Site Public Contact',
          role: 'CONTACT',
          phone: '907-212-6871',
          phoneExt: null,
          email: 'AKPAMC.OncologyResearchSupport@providence.org',
        },
        {
          name: 'Alison K. Conlin',
          role: 'PRINCIPAL_INVESTIGATOR',
          phone: null,
          phoneExt: null,
          email: null,
        },
      ],
    });
  });

  it('ignores keys that are not part of the API (locations_nested)', () => {
    const [study] = readCtgovApiJson(fixture('NCT02513394.json'), 'NCT02513394.json');
    expect(study!.sites).toHaveLength(437);
    expect(study!.sites.filter((site) => site.geoPoint === null)).toHaveLength(2);
  });

  it('reads a /studies page and an array of studies', () => {
    const one = fixture('NCT02552212.json');
    const page = readCtgovApiJson(
      `{"studies": [${one}, ${fixture('NCT04267848.json')}], "nextPageToken": "x"}`,
      'p.json',
    );
    expect(page.map((study) => study.trial.id)).toEqual(['NCT02552212', 'NCT04267848']);
    expect(page[1]!.sites).toHaveLength(1148);
    expect(page[0]!.sites[0]!.sourceLine).toBe(347);
    expect(readCtgovApiJson(`[${one}]`, 'a.json')[0]!.sites).toHaveLength(105);
  });

  it('names the file when JSON is nested too deep, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => readCtgovApiJson(deep, 'deep.json')).toThrow(
      'deep.json:1: nested more than 1000 levels deep',
    );
  });

  it('names file and line on malformed JSON; keeps a site of an unknown country as ZZ', () => {
    const broken = fixture('NCT02552212.json').replace('"city": "Scottsdale",', '"city": "Scottsdale"');
    expect(() => readCtgovApiJson(broken, 'broken.json')).toThrow(/^broken\.json:360: expected "," or "}"/);
    const unknown = fixture('NCT02552212.json').replace('"country": "Bulgaria"', '"country": "Narnia"');
    const narnia = readCtgovApiJson(unknown, 'unknown.json')[0]!.sites.filter(
      (site) => site.country === 'ZZ',
    );
    expect(narnia.map((site) => [site.city, site.countryText])).toEqual([['Plovdiv', 'Narnia']]);
    expect(() => readCtgovApiJson('{"studies": [{"foo": 1}]}', 'empty.json')).toThrow(
      'empty.json:1: study 1 has no protocolSection',
    );
  });
});

describe('ClinicalTrials.gov classic XML', () => {
  const [study] = readCtgovClassicXml(fixture('NCT01207388.xml'), 'NCT01207388.xml');

  it('reads the trial', () => {
    expect(study!.trial).toMatchObject({
      id: 'NCT01207388',
      orgStudyIds: ['MT103-203'],
      overallStatus: 'ACTIVE_NOT_RECRUITING',
      phases: ['PHASE2'],
      enrollment: { count: 116, type: 'ACTUAL' },
      sponsor: 'Amgen Research (Munich) GmbH',
      minimumAge: '18 Years',
      maximumAge: null,
      sex: 'ALL',
      startDate: '2010-11',
      completionDate: '2019-01',
      source: { kind: 'ctgov-classic-xml' },
    });
    expect(study!.trial.interventions).toEqual([
      { name: 'Blinatumomab', type: 'DRUG', otherNames: ['AMG103', 'MT103', 'BLINCYTO™'] },
    ]);
  });

  it('reads the 75 sites with ISO countries (Russian Federation → RU) and their lines', () => {
    const sites = study!.sites;
    expect(sites).toHaveLength(75);
    expect(countBy(sites.map((site) => site.country))).toEqual(SITES_PER_COUNTRY);
    expect(sites.find((site) => site.siteNumber === '2003')).toMatchObject({
      facility: 'Municipal Hospital No. 15',
      city: 'St. Petersburg',
      country: 'RU',
      statusSource: 'trial',
    });
    const lines = fixture('NCT01207388.xml').split('\n');
    for (const site of sites) expect(lines[(site.sourceLine ?? 0) - 1]?.trim()).toBe('<location>');
  });

  it('takes a site <status> when given', () => {
    const text = fixture('NCT01207388.xml').replace(
      /(<city>Graz<\/city>[\s\S]*?<\/facility>)/,
      '$1\n    <status>Recruiting</status>',
    );
    expect(readCtgovClassicXml(text, 'x.xml')[0]!.sites[0]).toMatchObject({
      status: 'RECRUITING',
      statusSource: 'site',
    });
  });

  it('decodes character references, and refuses external entities naming the file', () => {
    // The same record with some characters written as references, as ClinicalTrials.gov's archives do.
    const referenced = fixture('NCT01207388.xml')
      .replace('<city>Créteil</city>', '<city>Cr&#233;teil</city>')
      .replace('<city>Brügge</city>', '<city>Br&#xFC;gge</city>')
      .replace('Hôpital Haut Lévêque', 'H&#244;pital Haut L&#xE9;v&#xEA;que');
    const sites = readCtgovClassicXml(referenced, 'r.xml')[0]!.sites;
    expect(sites.map((site) => site.city)).toEqual(study!.sites.map((site) => site.city));
    expect(sites.map((site) => site.facility)).toContain('CHU de Bordeaux - Hôpital Haut Lévêque');
    const external = fixture('NCT01207388.xml').replace(
      '<clinical_study>',
      '<!DOCTYPE clinical_study [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<clinical_study>',
    );
    expect(() => readCtgovClassicXml(external, 'evil.xml')).toThrow(/^evil\.xml:\d+: invalid XML: /);
  });

  it('carries keywords, dates, study type and healthy volunteers', () => {
    expect(study!.trial).toMatchObject({
      studyType: 'INTERVENTIONAL',
      healthyVolunteers: false,
      stdAges: ['ADULT', 'OLDER_ADULT'],
      primaryCompletionDate: '2014-02',
      lastUpdatePosted: '2017-05-01',
      statusVerifiedDate: '2017-03',
    });
    expect(study!.trial.keywords).toContain('Minimal residual disease');
  });

  it('names file and line on malformed XML; keeps a site of an unknown country as ZZ', () => {
    const broken = fixture('NCT01207388.xml').replace('<city>Linz</city>', '<city>Linz</town>');
    expect(() => readCtgovClassicXml(broken, 'b.xml')).toThrow(/^b\.xml:210: invalid XML/);
    const unknown = fixture('NCT01207388.xml').replace(
      '<country>Romania</country>',
      '<country>Ruritania</country>',
    );
    const ruritania = readCtgovClassicXml(unknown, 'u.xml')[0]!.sites.filter((site) => site.country === 'ZZ');
    expect(ruritania.map((site) => [site.city, site.countryText])).toEqual([['Bucharest', 'Ruritania']]);
  });
});

describe('source vocabularies', () => {
  it('maps country spellings to ISO codes', () => {
    expect(countryCode('Russian Federation')).toBe('RU');
    expect(countryCode('Korea, Republic of')).toBe('KR');
    expect(countryCode('Iran, Islamic Republic of')).toBe('IR');
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode('Czechia')).toBe('CZ');
    expect(countryCode('de')).toBe('DE');
    expect(countryCode('Atlantis')).toBeNull();
  });

  it("maps ClinicalTrials.gov's current and historical country names, territories included", () => {
    const names: [string, string][] = [
      ['Turkey (Türkiye)', 'TR'],
      ['Swaziland', 'SZ'],
      ['Eswatini', 'SZ'],
      ['Burma', 'MM'],
      ['Macau', 'MO'],
      ['Réunion', 'RE'],
      ['Palestinian Territory, occupied', 'PS'],
      ["Korea, Democratic People's Republic of", 'KP'],
      ['Macedonia, The Former Yugoslav Republic of', 'MK'],
      ['Libyan Arab Jamahiriya', 'LY'],
      ['Virgin Islands (U.S.)', 'VI'],
      ['Guam', 'GU'],
      ['Puerto Rico', 'PR'],
      ['Curaçao', 'CW'],
      ["Cote D'Ivoire", 'CI'],
      ['Kosovo', 'XK'],
    ];
    expect(names.map(([name]) => [name, countryCode(name)])).toEqual(names);
    // Countries that no longer exist have no code of their own: their successors are tried by city.
    expect(countryCode('Former Serbia and Montenegro')).toBeNull();
    expect(successorCountries('Former Serbia and Montenegro')).toEqual(['RS', 'ME']);
    expect(successorCountries('Netherlands Antilles')).toEqual(['CW', 'SX', 'BQ']);
  });

  it('maps statuses, phases and dates', () => {
    expect(parseStatus('Active, not recruiting')).toBe('ACTIVE_NOT_RECRUITING');
    expect(parseStatus('Unknown status')).toBe('UNKNOWN');
    expect(parseStatus('Site Status')).toBeNull();
    expect(parsePhases('Phase 1/Phase 2')).toEqual(['PHASE1', 'PHASE2']);
    expect(parsePhases('phase III')).toEqual(['PHASE3']);
    expect(parsePhases('N/A')).toEqual(['NA']);
    expect(parsePhases('Early Phase 1')).toEqual(['EARLY_PHASE1']);
    expect(parseDate('November 2010')).toBe('2010-11');
    expect(parseDate('May 1, 2017')).toBe('2017-05-01');
    expect(parseDate('soon')).toBeNull();
  });
});
