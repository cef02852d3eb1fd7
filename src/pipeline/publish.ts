// Writes dataset files atomically (temp file, then rename), so a failed build leaves the old files intact.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeDataset } from '../core/compact/codec';
import type { Dataset } from '../core/schema';
import { serializeDataset } from './serialize';

export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a dataset folder (dataset.json and the app's compact sites.bin) and returns the files written. */
export async function publishDataset(dataset: Dataset, dir: string): Promise<string[]> {
  const file = path.join(dir, 'dataset.json');
  const compact = path.join(dir, 'sites.bin');
  await writeFileAtomic(file, serializeDataset(dataset));
  await writeFileAtomic(compact, encodeDataset(dataset));
  return [file, compact];
}
