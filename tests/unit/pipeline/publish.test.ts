import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../../src/core/schema';
import { decodeToSiteTable } from '../../../src/core/compact/decode';
import { publishDataset, stagingRoot } from '../../../src/pipeline/publish';
import { serializeDataset } from '../../../src/pipeline/serialize';
import { parseOverview } from '../../../src/core/overview/read';

const small = datasetSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/app/small-dataset.json', 'utf8')),
) as Dataset;

function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'trial-atlas-publish-'));
  return { root, dir: path.join(root, 'public/data/mine') };
}

/** Every file under a folder, relative to it. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

/** A published folder, in filesUnder's order. */
const MINE = [
  'data/mine/dataset.json',
  'data/mine/overview.json',
  'data/mine/site-text.bin',
  'data/mine/sites.bin',
];

describe('publishing a dataset folder', () => {
  it('stages outside public/ and leaves exactly its four files in the folder', async () => {
    const { root, dir } = project();
    expect(stagingRoot(dir)).toBe(path.join(root, '.cache/publish'));
    const files = await publishDataset(small, dir);
    expect(files).toEqual(
      ['dataset.json', 'sites.bin', 'site-text.bin', 'overview.json'].map((file) => path.join(dir, file)),
    );
    expect(filesUnder(path.join(root, 'public'))).toEqual(MINE);
    expect(readFileSync(files[0]!, 'utf8')).toBe(serializeDataset(small));
    const [sites, text] = [files[1]!, files[2]!].map((file) => new Uint8Array(readFileSync(file)));
    expect(decodeToSiteTable({ sites: sites!, text: text! }).size).toBe(small.sites.length);
    expect(parseOverview(new Uint8Array(readFileSync(files[3]!))).siteCount).toBe(small.sites.length);
    expect(readdirSync(path.join(root, '.cache/publish'))).toEqual([]);
  });

  it('replaces dataset.json, sites.bin, its text and the overview together or not at all', async () => {
    const { root, dir } = project();
    await publishDataset(small, dir);
    const before = {
      json: readFileSync(path.join(dir, 'dataset.json')),
      bin: readFileSync(path.join(dir, 'sites.bin')),
      text: readFileSync(path.join(dir, 'site-text.bin')),
      overview: readFileSync(path.join(dir, 'overview.json')),
    };
    // The JSON is written, then encoding the compact file fails (a site of a trial that is not there).
    const broken = { ...small, name: 'changed', sites: [{ ...small.sites[0]!, trialId: 'missing' }] };
    await expect(publishDataset(broken, dir)).rejects.toThrow(/not in the dataset/);
    expect(readFileSync(path.join(dir, 'dataset.json'))).toEqual(before.json);
    expect(readFileSync(path.join(dir, 'sites.bin'))).toEqual(before.bin);
    expect(readFileSync(path.join(dir, 'site-text.bin'))).toEqual(before.text);
    expect(readFileSync(path.join(dir, 'overview.json'))).toEqual(before.overview);
    expect(filesUnder(path.join(root, 'public'))).toEqual(MINE);
  });

  it('cleans what killed builds left: temporary files under public/ and abandoned staging folders', async () => {
    const { root, dir } = project();
    mkdirSync(path.join(root, 'public/data/synth-1m'), { recursive: true });
    writeFileSync(path.join(root, 'public/data/synth-1m/dataset.json.tmp'), 'half a dataset');
    writeFileSync(path.join(root, 'public/data/synth-1m/.sites.bin.1234.tmp'), 'half a file');
    writeFileSync(path.join(root, 'public/data/synth-1m/sites.bin'), 'kept');
    // pid 2^22 + 1 is above Linux's pid_max: no such process.
    const abandoned = path.join(root, '.cache/publish/.mine.4194305.staging');
    mkdirSync(abandoned, { recursive: true });
    writeFileSync(path.join(abandoned, 'dataset.json'), 'half');
    await publishDataset(small, dir);
    expect(filesUnder(path.join(root, 'public'))).toEqual([...MINE, 'data/synth-1m/sites.bin']);
    expect(existsSync(abandoned)).toBe(false);
  });
});
