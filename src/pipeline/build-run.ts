// One build, as `data:build` and `data:fetch` run it: read and geocode the inputs, then publish the dataset
// (or write it to a file) and the report. Nothing is replaced unless the whole build succeeded.
import path from 'node:path';
import { buildDataset, streamBuild, type BuildOptions, type BuildReport } from './build';
import { writeDatasetFiles } from './dataset-files';
import { OVERRIDES_FILE } from './defaults';
import { fetchOfInputs } from './fetch/fetch-provenance';
import { readOverrides } from './overrides';
import { DATASET_FILES, publishFolder, writeFileAtomic } from './publish';
import { ReportTally, renderTally, sortedCounts } from './report';
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
  const build: BuildOptions = {
    inputs: options.inputs,
    name,
    root,
    overrides: readOverrides(path.resolve(root, OVERRIDES_FILE), OVERRIDES_FILE),
    geoNamesFile: options.geoNamesFile,
    fetch: fetchOfInputs(options.inputs, root),
  };
  let written: string[];
  let tally: ReportTally;
  let report: BuildReport;
  if (options.out) {
    const file = path.resolve(root, options.out);
    const built = buildDataset(build);
    await writeFileAtomic(file, serializeDataset(built.dataset));
    [written, tally, report] = [[file], ReportTally.of(built.dataset), built.report];
  } else {
    // Records stream from the inputs to the published files: the dataset is never whole in memory.
    const dir = path.resolve(root, 'public/data', name);
    [tally, report] = await publishFolder(dir, (stage) =>
      streamBuild(
        build,
        (head, records, buildReport) => [writeDatasetFiles(stage, head, records), buildReport] as const,
      ),
    );
    written = DATASET_FILES.map((file) => path.join(dir, file));
  }
  const built = performance.now();
  const markdown = renderTally(tally, report);
  if (options.report) {
    await writeFileAtomic(path.resolve(root, options.report), markdown);
    written.push(options.report);
  }
  const methods = sortedCounts(tally.byMethod)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
  return (
    `${markdown}\n` +
    `Built ${tally.trials} trials and ${tally.sites} sites (${methods || 'no sites'}) ` +
    `in ${Math.round(built - started)} ms; wrote ${written.map((file) => shown(root, file)).join(', ')}\n`
  );
}

/** A written path as the user thinks of it: relative inside the project, absolute outside. */
function shown(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  return relative.startsWith('..') ? path.resolve(root, file) : relative;
}
