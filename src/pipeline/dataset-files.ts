// Writes a dataset folder (dataset.json, sites.bin and overview.json) from a stream of records, holding only the site
// columns in memory: trials and sites go to line files first, which then fill both outputs in order.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { TRIALS_PER_SECTION, writeSiteTable } from '../core/compact/encode';
import { SITE_TEXT_FILE } from '../core/compact/files';
import { TEXT_MAGIC } from '../core/compact/format';
import type { Trial } from '../core/schema';
import { SiteTableBuilder } from '../core/site-table';
import type { BuiltTrial, DatasetHead } from './build';
import { CompactFileWriter } from './compact-file';
import { writeOverviewFile } from './overview-file';
import { ReportTally } from './report';
import { canonicalChunks, writeChunks } from './serialize';

/** Writes `dir`/dataset.json, `dir`/sites.bin with its site-text.bin and overview.json; returns what the report needs to know of the sites. */
export function writeDatasetFiles(
  dir: string,
  head: DatasetHead,
  records: Iterable<BuiltTrial>,
): ReportTally {
  const trialsFile = path.join(dir, '.trials.jsonl');
  const sitesFile = path.join(dir, '.sites.jsonl');
  const bodyFile = path.join(dir, '.sites-bin.body');
  const textBodyFile = path.join(dir, '.site-text-bin.body');
  const tally = new ReportTally(head.name);
  const table = new SiteTableBuilder<Pick<Trial, 'id' | 'phases'>>();
  try {
    const trials = new LineWriter(trialsFile);
    const sites = new LineWriter(sitesFile);
    try {
      for (const { trial, sites: trialSites } of records) {
        trials.write(JSON.stringify(trial));
        table.addTrial({ id: trial.id, phases: trial.phases });
        tally.trials += 1;
        for (const site of trialSites) {
          sites.write(JSON.stringify(site));
          table.add(site);
          tally.add(site);
        }
      }
    } finally {
      trials.close();
      sites.close();
    }
    writeChunks(
      path.join(dir, 'dataset.json'),
      canonicalChunks(head, readLines(trialsFile), readLines(sitesFile)),
    );
    const writers = { sites: new CompactFileWriter(bodyFile), text: new CompactFileWriter(textBodyFile) };
    const headers = writeSiteTable(writers, table.finish(), head, trialChunks(trialsFile));
    const checksum = writers.sites.finish(headers.sites, path.join(dir, 'sites.bin'));
    writers.text.finish(headers.text(checksum), path.join(dir, SITE_TEXT_FILE), TEXT_MAGIC);
    writeOverviewFile(dir);
    return tally;
  } finally {
    for (const file of [trialsFile, sitesFile, bodyFile, textBodyFile]) rmSync(file, { force: true });
  }
}

function* trialChunks(file: string): Generator<Trial[]> {
  let chunk: Trial[] = [];
  for (const line of readLines(file)) {
    chunk.push(JSON.parse(line) as Trial);
    if (chunk.length === TRIALS_PER_SECTION) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Appends lines to a file in 1 MB writes. */
class LineWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private length = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  write(line: string): void {
    this.buffer.push(line, '\n');
    this.length += line.length + 1;
    if (this.length > 1 << 20) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.length = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** A file's lines, read 1 MB at a time. */
function* readLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  const decoder = new TextDecoder();
  try {
    const buffer = Buffer.alloc(1 << 20);
    let carry = '';
    for (;;) {
      const count = readSync(fd, buffer, 0, buffer.byteLength, null);
      if (count === 0) break;
      // Decoding a 1 MB piece may cut a character in two: keep the incomplete bytes for the next piece.
      const text = carry + decoder.decode(buffer.subarray(0, count), { stream: true });
      const lines = text.split('\n');
      carry = lines.pop() ?? '';
      yield* lines;
    }
    carry += decoder.decode();
    if (carry) yield carry;
  } finally {
    closeSync(fd);
  }
}
