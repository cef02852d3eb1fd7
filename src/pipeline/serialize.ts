// Canonical JSON for a dataset: keys in schema order, one trial or site per line, so diffs stay readable.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32Text, jsonChecksumMember } from '../core/integrity';
import type { Dataset } from '../core/schema';

/** The first line: the top-level fields other than the lists (a checksum read with a dataset is dropped). */
export function headLine(head: Omit<Dataset, 'trials' | 'sites'>): string {
  const { checksum: _previous, ...fields } = head;
  const members = Object.entries(fields).map(
    ([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  );
  return `{${members.join(',')},\n`;
}

/** A list's text around its records (one JSON text each, in order): `"trials":[\n…\n],\n`. */
export function* listChunks(key: 'trials' | 'sites', records: Iterable<string>): Generator<string> {
  const after = key === 'trials' ? ',\n' : '';
  let first = true;
  for (const record of records) {
    yield `${first ? `"${key}":[\n` : ',\n'}${record}`;
    first = false;
  }
  yield first ? `"${key}":[]${after}` : `\n]${after}`;
}

/**
 * The canonical text piece by piece: the top-level fields on the first line, then one record per line, and
 * last the checksum of everything before it (see core/integrity.ts), computed as the pieces go by.
 */
export function* canonicalChunks(
  head: Omit<Dataset, 'trials' | 'sites'>,
  trials: Iterable<string>,
  sites: Iterable<string>,
): Generator<string> {
  let crc = 0;
  for (const chunk of body()) {
    crc = crc32Text(chunk, crc);
    yield chunk;
  }
  yield jsonChecksumMember(crc);

  function* body() {
    yield headLine(head);
    yield* listChunks('trials', trials);
    yield* listChunks('sites', sites);
  }
}

export function datasetChunks(dataset: Dataset): Generator<string> {
  const { trials, sites, ...head } = dataset;
  return canonicalChunks(head, jsonTexts(trials), jsonTexts(sites));
}

function* jsonTexts(items: readonly unknown[]): Generator<string> {
  for (const item of items) yield JSON.stringify(item);
}

export function serializeDataset(dataset: Dataset): string {
  return [...datasetChunks(dataset)].join('');
}

/** Writes text pieces to a file in 1 MB writes: a registry-sized dataset is too long for one string. */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let buffer: string[] = [];
    let length = 0;
    for (const chunk of chunks) {
      buffer.push(chunk);
      length += chunk.length;
      if (length > 1 << 20) {
        writeSync(fd, buffer.join(''));
        buffer = [];
        length = 0;
      }
    }
    writeSync(fd, buffer.join(''));
  } finally {
    closeSync(fd);
  }
}

export function writeDatasetFile(dataset: Dataset, file: string): void {
  writeChunks(file, datasetChunks(dataset));
}
