// Canonical JSON for a dataset: keys in schema order, one trial or site per line, so diffs stay readable.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32Text, jsonChecksumMember } from '../core/integrity';
import type { Dataset } from '../core/schema';

/**
 * The canonical text piece by piece: the top-level fields on the first line, then one record per line, and
 * last the checksum of everything before it (see core/integrity.ts), computed as the pieces go by.
 */
export function* datasetChunks(dataset: Dataset): Generator<string> {
  // A checksum read with the dataset is not carried over: the one written last is computed afresh.
  const { trials, sites, checksum: _previous, ...head } = dataset;
  const fields = Object.entries(head).map(
    ([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  );
  let crc = 0;
  for (const chunk of body()) {
    crc = crc32Text(chunk, crc);
    yield chunk;
  }
  yield jsonChecksumMember(crc);

  function* body() {
    yield `{${fields.join(',')},\n`;
    yield* list('trials', trials, ',\n');
    yield* list('sites', sites, '');
  }
}

function* list(key: string, items: readonly unknown[], after: string): Generator<string> {
  if (items.length === 0) {
    yield `"${key}":[]${after}`;
    return;
  }
  for (let i = 0; i < items.length; i++)
    yield `${i === 0 ? `"${key}":[\n` : ',\n'}${JSON.stringify(items[i])}`;
  yield `\n]${after}`;
}

export function serializeDataset(dataset: Dataset): string {
  return [...datasetChunks(dataset)].join('');
}

/** Writes the canonical text to a file in 1 MB writes: a registry-sized dataset is too long for one string. */
export function writeDatasetFile(dataset: Dataset, file: string): void {
  const fd = openSync(file, 'w');
  try {
    let buffer: string[] = [];
    let length = 0;
    for (const chunk of datasetChunks(dataset)) {
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
