// One build, as `data:build` and `data:fetch` run it: read and geocode the inputs, then publish the dataset
// (or write it to a file) and the report. Nothing is replaced unless the whole build succeeded.
import path from 'node:path';
import { buildDataset } from './build';
import { OVERRIDES_FILE } from './defaults';
import { fetchOfInputs } from './fetch/fetch-provenance';
import { readOverrides } from './overrides';
import { publishDataset, writeFileAtomic } from './publish';
import { countBy, renderReport } from './report';
import { serializeDataset } from './serialize';

export type RunBuildOptions = {
  root: string;
  inputs: readonly string[];
  name: string;
  /** Write the dataset JSON to this file instead of publishing public/data/<name>/. */
  out?: string;
  /** Where to write the build report, if anywhere. */
  report?: string | null;
  /** Another GeoNames extract than cities500 (same format). */
  geoNamesFile?: string;
};

/** Builds and writes; returns the report followed by a one-line summary. */
export async function runBuild(options: RunBuildOptions): Promise<string> {
  const { root, name } = options;
  const started = performance.now();
  const { dataset, report } = buildDataset({
    inputs: options.inputs,
    name,
    root,
    overrides: readOverrides(path.resolve(root, OVERRIDES_FILE), OVERRIDES_FILE),
    geoNamesFile: options.geoNamesFile,
    fetch: fetchOfInputs(options.inputs, root),
  });
  const built = performance.now();
  let written: string[];
  if (options.out) {
    const file = path.resolve(root, options.out);
    await writeFileAtomic(file, serializeDataset(dataset));
    written = [file];
  } else written = await publishDataset(dataset, path.resolve(root, 'public/data', name));
  const markdown = renderReport(dataset, report);
  if (options.report) {
    await writeFileAtomic(path.resolve(root, options.report), markdown);
    written.push(options.report);
  }
  const methods = countBy(dataset.sites, (site) => site.geocode.method)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
  return (
    `${markdown}\n` +
    `Built ${dataset.trials.length} trials and ${dataset.sites.length} sites (${methods || 'no sites'}) ` +
    `in ${Math.round(built - started)} ms; wrote ${written.map((file) => shown(root, file)).join(', ')}\n`
  );
}

/** A written path as the user thinks of it: relative inside the project, absolute outside. */
function shown(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  return relative.startsWith('..') ? path.resolve(root, file) : relative;
}
