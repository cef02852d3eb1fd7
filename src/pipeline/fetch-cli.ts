// `npm run data:fetch -- --cond "acute lymphoblastic leukemia" --intr blinatumomab --status RECRUITING --name all-blina`
// Fetches a ClinicalTrials.gov API v2 search into data/fetched/<name>/ and publishes it as a named dataset.
import { parseArgs } from 'node:util';
import { DEFAULT_API } from './fetch/ctgov-query';
import type { FetchProgress } from './fetch/fetch-pages';
import { runFetch } from './fetch/fetch-run';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      cond: { type: 'string' },
      intr: { type: 'string' },
      term: { type: 'string' },
      locn: { type: 'string' },
      country: { type: 'string' },
      status: { type: 'string' },
      near: { type: 'string' },
      ids: { type: 'string' },
      since: { type: 'string' },
      api: { type: 'string' },
      'page-size': { type: 'string' },
    },
    strict: true,
  });
  if (!values.name) throw new Error('--name NAME is required (the dataset is published as ?dataset=NAME)');
  if (values.locn && values.country) throw new Error('give either --locn or --country, not both');
  const progressLine = process.stderr.isTTY && !process.env.CI;
  const { manifest, summary } = await runFetch({
    root: process.cwd(),
    name: values.name,
    api: values.api ?? process.env.CTGOV_API_URL ?? DEFAULT_API,
    search: {
      cond: values.cond,
      intr: values.intr,
      term: values.term,
      locn: values.locn ?? values.country,
      status: values.status,
      near: values.near,
      ids: values.ids,
    },
    since: values.since,
    pageSize: values['page-size'] === undefined ? undefined : Number(values['page-size']),
    client: {
      onRetry: (problem, waitMs, attempt) =>
        process.stderr.write(
          `${progressLine ? '\n' : ''}attempt ${attempt} failed (${problem}); retrying in ${(waitMs / 1000).toFixed(1)} s\n`,
        ),
    },
    onPage: progressLine ? (progress) => process.stderr.write(`\r${progressText(progress)}`) : undefined,
  });
  if (progressLine) process.stderr.write('\n');
  process.stdout.write(
    `${summary}Fetched ${manifest.studies} studies in ${manifest.pages} pages into data/fetched/${values.name}/ ` +
      `(search matched ${manifest.totalCount}); open it with ?dataset=${values.name}\n`,
  );
}

function progressText(progress: FetchProgress): string {
  const total = progress.totalCount === null ? '' : ` of ${progress.totalCount.toLocaleString('en')}`;
  return `page ${progress.pages}: ${progress.studies.toLocaleString('en')}${total} studies`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`data:fetch failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write(
    'The previous sources and dataset are unchanged; run the same command again to resume.\n',
  );
  process.exitCode = 1;
});
