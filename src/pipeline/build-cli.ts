// `npm run data:build [-- --input <file-or-folder>... --out <file> | --name <NAME>] [--report <file>]`
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset } from './build';
import { DEFAULT_INPUTS, DEFAULT_REPORT, OVERRIDES_FILE } from './defaults';
import { readOverrides } from './overrides';
import { publishDataset, writeFileAtomic } from './publish';
import { countBy, renderReport } from './report';
import { serializeDataset } from './serialize';
import { SourceError } from './source-error';

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string', multiple: true },
      out: { type: 'string' },
      name: { type: 'string' },
      report: { type: 'string' },
    },
    strict: true,
    // `--input a b c`: words after the options are more inputs.
    allowPositionals: true,
  });
  const given = [...(values.input ?? []), ...positionals];
  const root = process.cwd();
  const name = values.name ?? 'default';
  if (!/^[A-Za-z0-9-]+$/.test(name))
    throw new Error(`--name must be letters, digits and dashes, got "${name}"`);
  if (values.out && values.name) throw new Error('give either --out or --name, not both');
  const custom = given.length > 0 || values.out !== undefined || values.name !== undefined;
  const inputs =
    given.length > 0 ? given : DEFAULT_INPUTS.filter((input) => existsSync(path.resolve(root, input)));
  const started = performance.now();
  const { dataset, report } = buildDataset({
    inputs,
    name,
    root,
    overrides: readOverrides(path.resolve(root, OVERRIDES_FILE), OVERRIDES_FILE),
  });
  const built = performance.now();
  const written = values.out
    ? [await writeOut(path.resolve(root, values.out), serializeDataset(dataset))]
    : await publishDataset(dataset, path.resolve(root, 'public/data', name));
  const markdown = renderReport(dataset, report);
  const reportFile = values.report ?? (custom ? null : DEFAULT_REPORT);
  if (reportFile) await writeFileAtomic(path.resolve(root, reportFile), markdown);
  const methods = countBy(dataset.sites, (site) => site.geocode.method)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
  process.stdout.write(
    `${markdown}\n` +
      `Built ${dataset.trials.length} trials and ${dataset.sites.length} sites (${methods || 'no sites'}) ` +
      `in ${Math.round(built - started)} ms; wrote ${[...written, ...(reportFile ? [reportFile] : [])]
        .map((file) => shown(root, file))
        .join(', ')}\n`,
  );
}

/** A written path as the user thinks of it: relative inside the project, absolute outside. */
function shown(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  return relative.startsWith('..') ? path.resolve(root, file) : relative;
}

async function writeOut(file: string, content: string): Promise<string> {
  await writeFileAtomic(file, content);
  return file;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof SourceError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`data:build failed: ${message}\n`);
  process.exitCode = 1;
});
