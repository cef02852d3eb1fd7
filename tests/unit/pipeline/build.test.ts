import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/core/schema';
import { buildDataset, listSourceFiles } from '../../../src/pipeline/build';
import {
  DEFAULT_DATASET,
  DEFAULT_INPUTS,
  DEFAULT_REPORT,
  OVERRIDES_FILE,
  SCHEMA_FILE,
} from '../../../src/pipeline/defaults';
import { siteIds } from '../../../src/pipeline/ids';
import { datasetJsonSchema } from '../../../src/pipeline/json-schema';
import { readOverrides } from '../../../src/pipeline/overrides';
import { publishDataset } from '../../../src/pipeline/publish';
import { decodeToSiteTable } from '../../../src/core/compact/decode';
import { encodeDataset } from '../../../src/core/compact/encode';
import { siteTableFromDataset } from '../../../src/core/site-table';
import type { SourceSite } from '../../../src/pipeline/readers/source-study';
import { renderReport } from '../../../src/pipeline/report';
import { serializeDataset } from '../../../src/pipeline/serialize';

const root = process.cwd();
const overrides = readOverrides(OVERRIDES_FILE);
const defaultBuild = () => buildDataset({ inputs: DEFAULT_INPUTS, name: 'default', root, overrides });
const first = defaultBuild();

describe('the embedded dataset', () => {
  it('holds the seed trials and the 75 MT103-203 sites, all placed', () => {
    const { dataset } = first;
    expect(dataset.trials.map((trial) => trial.id)).toEqual([
      'NCT01207388',
      'blinatumomab-chemotherapy-for-leukemia',
      'blinatumomab-extends-survival-for-patients-with-advanced-all',
      'blinatumomab-for-acute-lymphoblastic-leukemia',
      'blinatumomab-hmct-for-acute-lymphoblastic-leukemia',
    ]);
    expect(dataset.sites).toHaveLength(75);
    expect(dataset.sites.every((site) => site.lat !== null && site.trialId === 'NCT01207388')).toBe(true);
    expect(dataset.sites.filter((site) => site.geocode.method === 'override').map((site) => site.id)).toEqual(
      ['NCT01207388-1405'],
    );
    expect(new Set(dataset.sites.map((site) => site.id)).size).toBe(75);
  });

  it('is deterministic: building twice gives the same bytes', () => {
    expect(serializeDataset(defaultBuild().dataset)).toBe(serializeDataset(first.dataset));
  });

  it('does not depend on the order of the inputs', () => {
    const reversed = buildDataset({
      inputs: [...DEFAULT_INPUTS].reverse(),
      name: 'default',
      root,
      overrides,
    });
    expect(serializeDataset(reversed.dataset)).toBe(serializeDataset(first.dataset));
  });

  it('is committed as built: run `npm run data:build` after changing sources or the pipeline', () => {
    expect(readFileSync(DEFAULT_DATASET, 'utf8')).toBe(serializeDataset(first.dataset));
    expect(readFileSync(DEFAULT_REPORT, 'utf8')).toBe(renderReport(first.dataset, first.report));
    const encoded = encodeDataset(first.dataset);
    const published = (file: string) => readFileSync(path.join(path.dirname(DEFAULT_DATASET), file));
    expect(Buffer.compare(published('sites.bin'), encoded.sites)).toBe(0);
    expect(Buffer.compare(published('site-text.bin'), encoded.text)).toBe(0);
  });

  it('round-trips through the schema', () => {
    const { checksum, ...parsed } = datasetSchema.parse(JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')));
    expect(parsed).toEqual(first.dataset);
    expect(checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
  });

  it('has its JSON Schema committed as generated: run `npm run data:schema` after changing the zod schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(datasetJsonSchema());
  });
});

describe('building other datasets', () => {
  it('reads a folder of ClinicalTrials.gov records, keeping source coordinates and geocoding the rest', () => {
    const { dataset, report } = buildDataset({
      inputs: ['tests/fixtures/ctgov'],
      name: 'fixtures',
      root,
      overrides,
    });
    expect(report.sources.map((source) => [source.file, source.kind, source.sites])).toEqual([
      ['tests/fixtures/ctgov/NCT01207388.xml', 'ctgov-classic-xml', 75],
      ['tests/fixtures/ctgov/NCT02513394.json', 'ctgov-api-json', 437],
      ['tests/fixtures/ctgov/NCT02552212.json', 'ctgov-api-json', 105],
      ['tests/fixtures/ctgov/NCT04267848.json', 'ctgov-api-json', 1148],
      // The website download of NCT02552212 is the same study: the API record, updated last, wins.
      ['tests/fixtures/ctgov/ctg-studies-NCT02552212.csv', 'ctgov-website-csv', 0],
      ['tests/fixtures/ctgov/ctg-studies-dgg32.json', 'ctgov-api-json', 257],
      ['tests/fixtures/ctgov/ctg-studies-nsclc.json', 'ctgov-api-json', 398],
    ]);
    const methods: Record<string, number> = {};
    for (const site of dataset.sites) methods[site.geocode.method] = (methods[site.geocode.method] ?? 0) + 1;
    expect(methods.source).toBe(435 + 105 + 1144 + 248 + 391);
    expect((methods.gazetteer ?? 0) + (methods.override ?? 0) + (methods.unresolved ?? 0)).toBe(
      75 + 2 + 4 + 9 + 7,
    );
    // Places cities500 does not carry stay unresolved rather than jumping to a namesake in another state.
    expect(
      dataset.sites
        .filter((site) => site.geocode.method === 'unresolved')
        .map((site) => `${site.city}, ${site.state ?? ''}`)
        .sort(),
    ).toEqual([
      'Brownstown, Michigan',
      // The record's state is wrong: Chelyabinsk is not in Moscow Oblast.
      'Chelyabinsk, Moscow Oblast',
      'Chorrillos, ',
      'East China Township, Michigan',
      'Hochiminh City, ',
      'Hochiminh, ',
      'N. Huntingdon, Pennsylvania',
      'Pesochny, Sankt-Peterburg',
      'Summit, Wisconsin',
      'Torrette, Tuscany',
    ]);
    const ried = dataset.sites.find((site) => site.city === 'Ried' && site.country === 'AT');
    expect(ried?.geocode).toMatchObject({ method: 'gazetteer', placeName: 'Ried im Innkreis' });
    expect(renderReport(dataset, report)).toContain('no place named "Summit" in Wisconsin, United States');
  });

  it('does not read the gazetteer when every site carries its own point', () => {
    const { dataset } = buildDataset({
      inputs: ['tests/fixtures/ctgov/NCT02552212.json'],
      name: 'points',
      root,
      overrides,
      geoNamesFile: 'no/such/gazetteer.txt',
    });
    expect(dataset.sites).toHaveLength(105);
    expect(dataset.sites.every((site) => site.geocode.method === 'source')).toBe(true);
  });

  it('keeps a site whose country is not recognised, lists it, and stores file names without folders', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
    const xml = readFileSync('tests/fixtures/ctgov/NCT01207388.xml', 'utf8').replace(
      '<country>Romania</country>',
      '<country>Ruritania</country>',
    );
    writeFileSync(path.join(dir, 'study.xml'), xml);
    const { dataset, report } = buildDataset({ inputs: [dir], name: 'zz', root, overrides });
    expect(dataset.sites).toHaveLength(75);
    expect(dataset.trials[0]?.source.file).toBe('study.xml');
    const unknown = dataset.sites.filter((site) => site.country === 'ZZ');
    expect(unknown.map((site) => [site.city, site.lat, site.geocode.method, site.geocode.note])).toEqual([
      ['Bucharest', null, 'unresolved', 'country not recognised: "Ruritania"'],
    ]);
    expect(renderReport(dataset, report)).toContain('## Sites whose country is not recognised (1)');
  });

  it('keeps the copy of a trial updated last, whatever its path, and reports the other', () => {
    // Two real records of MT103-203: the classic XML posted 2017-05-01, the study page updated 2020-02-10.
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
    copyFileSync('tests/fixtures/ctgov/NCT01207388.xml', path.join(dir, 'a-older.xml'));
    copyFileSync('seeds/004_e87ec184d23465ba.txt', path.join(dir, 'b-newer.txt'));
    const { dataset, report } = buildDataset({ inputs: [dir], name: 'twice', root, overrides });
    expect(dataset.trials).toHaveLength(1);
    expect(dataset.trials[0]?.source).toEqual({ file: 'b-newer.txt', kind: 'ctgov-study-text' });
    expect(dataset.builtFrom.lastUpdatePosted).toBe('2020-02-10');
    expect(report.duplicates).toEqual([
      {
        trialId: 'NCT01207388',
        file: path.relative(root, path.join(dir, 'a-older.xml')),
        keptFrom: path.relative(root, path.join(dir, 'b-newer.txt')),
        reason: 'updated 2020-02-10 there, 2017-05-01 here',
      },
    ]);
    expect(renderReport(dataset, report)).toContain('## Duplicate trials left out (1)');
  });

  it('fails clearly on inputs that hold no trials', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
    writeFileSync(path.join(dir, 'empty.json'), '[]');
    writeFileSync(path.join(dir, 'page.json'), '{"studies": []}');
    expect(() => buildDataset({ inputs: [dir], name: 'empty', root, overrides })).toThrow(
      'no trials in the 2 input files; nothing was written',
    );
  });

  it('lists folder inputs without their README, sorted', () => {
    expect(listSourceFiles(['data/sources', 'seeds'], root)).toEqual(
      listSourceFiles(['seeds'], root).filter((file) => file.startsWith('seeds/')),
    );
  });

  it('gives sites stable ids: site numbers when present, else an address hash with duplicates numbered', () => {
    const site = (facility: string, siteNumber: string | null = null): SourceSite => ({
      siteNumber,
      facility,
      city: 'Ulm',
      state: null,
      zip: null,
      country: 'DE',
      countryText: 'Germany',
      status: 'UNKNOWN',
      statusSource: 'trial',
      sourceLine: 1,
      geoPoint: null,
      contacts: [],
    });
    const ids = siteIds('T', [site('A', '1001'), site('B'), site('B'), site('C')]);
    expect(ids[0]).toBe('T-1001');
    expect(ids[1]).toMatch(/^T-[0-9a-f]{8}$/);
    expect(ids[2]).toBe(`${ids[1]}-2`);
    expect(ids[3]).not.toBe(ids[1]);
    expect(siteIds('T', [site('C')])[0]).toBe(ids[3]);
  });

  it('publishes a dataset folder and returns the files written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
    const files = await publishDataset(first.dataset, dir);
    expect(files).toEqual(
      ['dataset.json', 'sites.bin', 'site-text.bin', 'overview.json'].map((file) => path.join(dir, file)),
    );
    expect(readFileSync(files[0]!, 'utf8')).toBe(serializeDataset(first.dataset));
    // The compact files the app prefers hold the same sites.
    const compact = decodeToSiteTable({
      sites: new Uint8Array(readFileSync(files[1]!)),
      text: new Uint8Array(readFileSync(files[2]!)),
    });
    expect(compact).toEqual(siteTableFromDataset(first.dataset));
  });

  it('exits non-zero naming every malformed file with its line, leaving the old output intact', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
    const out = path.join(dir, 'dataset.json');
    writeFileSync(out, 'previous dataset');
    const run = promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/pipeline/build-cli.ts',
        '--input',
        'tests/fixtures/pipeline/malformed-study.json',
        'tests/fixtures/pipeline/malformed-study.xml',
        '--out',
        out,
      ],
      { cwd: root },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /2 malformed files:\n {2}tests\/fixtures\/pipeline\/malformed-study\.json:4: expected "," or "}"[^\n]*\n {2}tests\/fixtures\/pipeline\/malformed-study\.xml:\d+: invalid XML/,
      ),
    });
    expect(readFileSync(out, 'utf8')).toBe('previous dataset');
  });
});
