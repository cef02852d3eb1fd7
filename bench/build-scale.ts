// The build at registry scale: `npx tsx bench/build-scale.ts --studies 10000,50000,100000`. Makes a synthetic
// input of N studies as data:fetch saves them (pages of 1,000, the fields a fetch asks for) by repeating the real
// records in tests/fixtures/ctgov/ under new ids with a registry-like number of sites each (6 on average),
// in a temporary folder outside the repository (deleted after), then times `data:build --name` on it in a
// child process and reports its wall time and peak memory (maximum resident set size).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { OVERRIDES_FILE } from '../src/pipeline/defaults';
import { fetchedStudy, RECORDS } from '../tests/unit/pipeline/ctgov-pages';

type Study = {
  protocolSection: {
    identificationModule: { nctId: string; briefTitle: string };
    contactsLocationsModule?: { locations?: unknown[] };
  };
};

/** Sites per study, cycled: mostly one to five, now and then dozens (mean 6, as in the registry). */
const SITE_COUNTS = [1, 1, 1, 2, 2, 3, 4, 5, 8, 33];
const PAGE_SIZE = 1000;

export function writeSyntheticPages(dir: string, studies: number): number {
  const templates = RECORDS.map((id) => fetchedStudy(id) as Study);
  mkdirSync(dir, { recursive: true });
  let sites = 0;
  for (let page = 0; page * PAGE_SIZE < studies; page++) {
    const chunk: Study[] = [];
    for (let i = page * PAGE_SIZE; i < Math.min(studies, (page + 1) * PAGE_SIZE); i++) {
      const template = templates[i % templates.length]!;
      const locations = template.protocolSection.contactsLocationsModule?.locations ?? [];
      const count = Math.min(locations.length, SITE_COUNTS[i % SITE_COUNTS.length]!);
      const start = (i * 7) % Math.max(1, locations.length - count);
      sites += count;
      chunk.push({
        ...template,
        protocolSection: {
          ...template.protocolSection,
          identificationModule: {
            ...template.protocolSection.identificationModule,
            nctId: `NCT9${String(i).padStart(7, '0')}`,
          },
          contactsLocationsModule: {
            ...template.protocolSection.contactsLocationsModule,
            locations: locations.slice(start, start + count),
          },
        },
      });
    }
    const name = `page-${String(page + 1).padStart(5, '0')}.json`;
    writeFileSync(path.join(dir, name), JSON.stringify({ studies: chunk }));
  }
  return sites;
}

type Run = { studies: number; sites: number; inputMB: number; seconds: number; peakMB: number };

function run(studies: number): Run {
  const root = mkdtempSync(path.join(tmpdir(), 'trial-atlas-build-scale-'));
  try {
    mkdirSync(path.join(root, 'data'));
    copyFileSync(OVERRIDES_FILE, path.join(root, OVERRIDES_FILE));
    const sites = writeSyntheticPages(path.join(root, 'pages'), studies);
    const inputBytes = readdirSync(path.join(root, 'pages')).reduce(
      (sum, file) => sum + statSync(path.join(root, 'pages', file)).size,
      0,
    );
    const child = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'TIME %e %M',
        process.execPath,
        '--import',
        'tsx',
        path.resolve('bench/build-child.ts'),
        root,
        '--input',
        'pages',
        '--name',
        'scale',
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' },
      },
    );
    const stats = /TIME ([\d.]+) (\d+)/.exec(child.stderr);
    if (child.status !== 0 || !stats)
      throw new Error(`build of ${studies} studies failed:\n${child.stderr.slice(-2000)}`);
    return {
      studies,
      sites,
      inputMB: inputBytes / 1e6,
      seconds: Number(stats[1]),
      peakMB: Number(stats[2]) / 1024,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function main(): void {
  const { values } = parseArgs({ options: { studies: { type: 'string', default: '10000,50000,100000' } } });
  const sizes = values.studies.split(',').map(Number);
  process.stdout.write(
    '| studies | sites | input (MB) | wall time (s) | peak memory (MB) |\n|---|---|---|---|---|\n',
  );
  for (const studies of sizes) {
    const r = run(studies);
    process.stdout.write(
      `| ${r.studies.toLocaleString('en')} | ${r.sites.toLocaleString('en')} | ${r.inputMB.toFixed(0)} | ` +
        `${r.seconds.toFixed(1)} | ${r.peakMB.toFixed(0)} |\n`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
