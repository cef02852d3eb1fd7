// Canonical JSON for a dataset: keys in schema order, one trial or site per line, so diffs stay readable.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Dataset } from '../core/schema';

/** The canonical text piece by piece: the top-level fields on the first line, then one record per line. */
export function* datasetChunks(dataset: Dataset): Generator<string> {
  const { trials, sites, ...head } = dataset;
  const fields = Object.entries(head).map(
    ([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  );
  yield `{${fields.join(',')},\n`;
  yield* list('trials', trials, '');
  yield* list('sites', sites, '}\n');
}

function* list(key: string, items: readonly unknown[], after: string): Generator<string> {
  if (items.length === 0) {
    yield `"${key}":[]${after === '' ? ',\n' : after}`;
    return;
  }
  for (let i = 0; i < items.length; i++)
    yield `${i === 0 ? `"${key}":[\n` : ',\n'}${JSON.stringify(items[i])}`;
  yield `\n]${after === '' ? ',\n' : after}`;
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
