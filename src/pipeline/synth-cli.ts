// npm run data:synth -- --sites N --trials M --seed S --name NAME [--out-dir public/data]
// Publishes a synthetic dataset as public/data/NAME/dataset.json (canonical) and sites.bin (compact).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Dataset } from '../core/schema';
import { readGeoNames } from './geonames';
import { publishDataset } from './publish';
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

/** Publishes public/data/NAME/ (dataset.json, sites.bin with its site-text.bin) as one; see publishDataset. */
export async function publishSynthetic(
  dataset: Dataset,
  outDir: string,
): Promise<{ json: string; compact: string; text: string }> {
  const [json = '', compact = '', text = ''] = await publishDataset(dataset, path.join(outDir, dataset.name));
  return { json, compact, text };
}

async function main(): Promise<void> {
  const options = parseSynthArgs(process.argv.slice(2));
  const started = performance.now();
  const dataset = synthesizeDataset(options, readGeoNames());
  const written = await publishSynthetic(dataset, options.outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Synthetic dataset "${options.name}": ${options.sites} sites, ${options.trials} trials, seed ${options.seed} ` +
      `→ ${written.json}, ${written.compact}, ${written.text} (${seconds} s)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`data:synth: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
