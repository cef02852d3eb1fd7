// `npm run data:build [-- --input <file-or-folder>... --out <file> | --name <NAME>] [--report <file>]`
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from './build-run';
import { DEFAULT_INPUTS, DEFAULT_REPORT } from './defaults';
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
  const summary = await runBuild({
    root,
    inputs,
    name,
    out: values.out,
    report: values.report ?? (custom ? null : DEFAULT_REPORT),
  });
  process.stdout.write(summary);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof SourceError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`data:build failed: ${message}\n`);
  process.exitCode = 1;
});
