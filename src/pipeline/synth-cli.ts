// npm run data:synth -- --sites N --trials M --seed S --name NAME [--out-dir public/data]
// Publishes a synthetic dataset as public/data/NAME/dataset.json (canonical) and sites.bin (compact).
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeDataset } from '../core/compact/codec';
import type { Dataset } from '../core/schema';
import { readGeoNames } from './geonames';
import { synthesizeDataset, type SynthOptions } from './synth';

export const DATASET_NAME = /^[A-Za-z0-9-]+$/;

export function parseSynthArgs(argv: string[]): SynthOptions & { outDir: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      sites: { type: 'string' },
      trials: { type: 'string' },
      seed: { type: 'string', default: '1' },
      name: { type: 'string' },
      'out-dir': { type: 'string', default: 'public/data' },
    },
  });
  const count = (flag: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < min) {
      throw new Error(`--${flag} must be a whole number of at least ${min} (got ${value ?? 'nothing'})`);
    }
    return n;
  };
  const sites = count('sites', values.sites, 0);
  const name = values.name ?? `synth-${sites}`;
  if (!DATASET_NAME.test(name))
    throw new Error(`--name must use letters, digits and dashes only (got "${name}")`);
  return {
    sites,
    trials:
      values.trials === undefined ? Math.max(1, Math.round(sites / 10)) : count('trials', values.trials, 1),
    seed: count('seed', values.seed, 0),
    name,
    outDir: values['out-dir'],
  };
}

/** Writes canonical JSON piece by piece: a million sites would overflow one JSON.stringify string. */
export function writeDatasetJson(dataset: Dataset, file: string): void {
  const fd = openSync(file, 'w');
  let buffer: string[] = [];
  let length = 0;
  const write = (text: string) => {
    buffer.push(text);
    length += text.length;
    if (length > 1 << 20) flush();
  };
  const flush = () => {
    writeSync(fd, buffer.join(''));
    buffer = [];
    length = 0;
  };
  try {
    write(
      `{"schemaVersion":${dataset.schemaVersion},"name":${JSON.stringify(dataset.name)},` +
        `"builtFrom":${JSON.stringify(dataset.builtFrom)},"trials":[`,
    );
    dataset.trials.forEach((trial, i) => write((i ? ',' : '') + JSON.stringify(trial)));
    write('],"sites":[');
    dataset.sites.forEach((site, i) => write((i ? ',' : '') + JSON.stringify(site)));
    write(']}\n');
    flush();
  } finally {
    closeSync(fd);
  }
}

/** Writes both encodings next to each other, each atomically (temporary file, then rename). */
export function publishSynthetic(dataset: Dataset, outDir: string): { json: string; compact: string } {
  const dir = path.join(outDir, dataset.name);
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'dataset.json');
  const compact = path.join(dir, 'sites.bin');
  writeDatasetJson(dataset, `${json}.tmp`);
  writeFileSync(`${compact}.tmp`, encodeDataset(dataset));
  renameSync(`${json}.tmp`, json);
  renameSync(`${compact}.tmp`, compact);
  return { json, compact };
}

function main(): void {
  const options = parseSynthArgs(process.argv.slice(2));
  const started = performance.now();
  const dataset = synthesizeDataset(options, readGeoNames());
  const written = publishSynthetic(dataset, options.outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Synthetic dataset "${options.name}": ${options.sites} sites, ${options.trials} trials, seed ${options.seed} ` +
      `→ ${written.json}, ${written.compact} (${seconds} s)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`data:synth: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
