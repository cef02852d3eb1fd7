// The build at registry scale: `npx tsx bench/build-scale.ts --studies 10000,50000,100000 [--single-file]`.
// Makes a synthetic input of N studies as data:fetch saves them (pages of 1,000, the fields a fetch asks for), or
// with --single-file as the website's download (one JSON array), by repeating the real records in
// tests/fixtures/ctgov/ under new ids with a registry-like number of sites each (6 on average), in a temporary
// folder outside the repository (deleted after), then runs `data:build --name` on it in a child process with a
// 2 GB heap limit and reports its wall time, CPU time (user + system), peak memory (maximum resident set size)
// and the most heap still in use after a full garbage collection.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
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

/** Studies `from` to `to` (exclusive) of the synthetic input, and their number of sites. */
function syntheticStudies(templates: Study[], from: number, to: number): { studies: Study[]; sites: number } {
  const studies: Study[] = [];
  let sites = 0;
  for (let i = from; i < to; i++) {
    const template = templates[i % templates.length]!;
    const locations = template.protocolSection.contactsLocationsModule?.locations ?? [];
    const count = Math.min(locations.length, SITE_COUNTS[i % SITE_COUNTS.length]!);
    const start = (i * 7) % Math.max(1, locations.length - count);
    sites += count;
    studies.push({
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
  return { studies, sites };
}

/** N studies as data:fetch saves them: pages of 1,000 in `dir`. Returns the number of sites. */
export function writeSyntheticPages(dir: string, studies: number): number {
  const templates = RECORDS.map((id) => fetchedStudy(id) as Study);
  mkdirSync(dir, { recursive: true });
  let sites = 0;
  for (let page = 0; page * PAGE_SIZE < studies; page++) {
    const chunk = syntheticStudies(templates, page * PAGE_SIZE, Math.min(studies, (page + 1) * PAGE_SIZE));
    sites += chunk.sites;
    const name = `page-${String(page + 1).padStart(5, '0')}.json`;
    writeFileSync(path.join(dir, name), JSON.stringify({ studies: chunk.studies }));
  }
  return sites;
}

/** N studies as the website's download: one JSON array, one study a line, in `file`. Returns the sites. */
export function writeSyntheticDownload(file: string, studies: number): number {
  const templates = RECORDS.map((id) => fetchedStudy(id) as Study);
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let sites = 0;
  try {
    writeSync(fd, '[\n');
    for (let from = 0; from < studies; from += PAGE_SIZE) {
      const chunk = syntheticStudies(templates, from, Math.min(studies, from + PAGE_SIZE));
      sites += chunk.sites;
      const lines = chunk.studies.map((study) => JSON.stringify(study)).join(',\n');
      writeSync(fd, `${from > 0 ? ',\n' : ''}${lines}`);
    }
    writeSync(fd, '\n]\n');
  } finally {
    closeSync(fd);
  }
  return sites;
}

type Run = {
  studies: number;
  sites: number;
  inputMB: number;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  liveMB: number;
};

function run(studies: number, singleFile: boolean): Run {
  const root = mkdtempSync(path.join(tmpdir(), 'trial-atlas-build-scale-'));
  try {
    mkdirSync(path.join(root, 'data'));
    copyFileSync(OVERRIDES_FILE, path.join(root, OVERRIDES_FILE));
    const input = singleFile ? 'ctg-studies.json' : 'pages';
    const sites = singleFile
      ? writeSyntheticDownload(path.join(root, input), studies)
      : writeSyntheticPages(path.join(root, input), studies);
    const inputBytes = singleFile
      ? statSync(path.join(root, input)).size
      : readdirSync(path.join(root, input)).reduce(
          (sum, file) => sum + statSync(path.join(root, input, file)).size,
          0,
        );
    const child = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'TIME %e %U %S %M',
        process.execPath,
        '--trace-gc',
        '--import',
        'tsx',
        path.resolve('bench/build-child.ts'),
        root,
        '--input',
        input,
        '--name',
        'scale',
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' },
      },
    );
    const stats = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr);
    if (child.status !== 0 || !stats)
      throw new Error(`build of ${studies} studies failed:\n${child.stderr.slice(-2000)}`);
    return {
      studies,
      sites,
      inputMB: inputBytes / 1e6,
      seconds: Number(stats[1]),
      cpuSeconds: Number(stats[2]) + Number(stats[3]),
      peakMB: Number(stats[4]) / 1024,
      liveMB: liveHeapMB(child.stdout),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The most heap left in use after a full collection (V8's --trace-gc lines "Mark-Compact 900.1 (950.2) ->
 * 410.7 (960.3) MB"): what the build holds, without the garbage a 2 GB heap limit lets pile up between them.
 */
function liveHeapMB(trace: string): number {
  let most = 0;
  for (const match of trace.matchAll(/Mark-Compact[^\n]*? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g))
    most = Math.max(most, Number(match[1]));
  return most;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      studies: { type: 'string', default: '10000,50000,100000' },
      'single-file': { type: 'boolean', default: false },
    },
  });
  const sizes = values.studies.split(',').map(Number);
  process.stdout.write(
    '| studies | sites | input (MB) | wall time (s) | CPU time (s) | peak memory (MB) | live heap (MB) |\n' +
      '|---|---|---|---|---|---|---|\n',
  );
  for (const studies of sizes) {
    const r = run(studies, values['single-file']);
    process.stdout.write(
      `| ${r.studies.toLocaleString('en')} | ${r.sites.toLocaleString('en')} | ${r.inputMB.toFixed(0)} | ` +
        `${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${r.peakMB.toFixed(0)} | ${r.liveMB.toFixed(0)} |\n`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
