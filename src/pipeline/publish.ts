// Writes dataset files so that a failed or killed build leaves the previous ones intact and nothing
// half-written where the app (or `npm run build`, which copies public/) can see it.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeDataset } from '../core/compact/encode';
import { SITE_TEXT_FILE } from '../core/compact/files';
import type { Dataset } from '../core/schema';
import { OVERVIEW_FILE, overviewOf } from './overview-file';
import { writeDatasetFile } from './serialize';

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

/**
 * Where a dataset folder is put together before it is published: `.cache/publish/` beside a `public/`
 * folder (same disk, so the final rename is atomic), else beside the folder itself.
 */
export function stagingRoot(dir: string): string {
  const absolute = path.resolve(dir);
  const parts = absolute.split(path.sep);
  const pub = parts.lastIndexOf('public');
  return pub > 0
    ? path.join(parts.slice(0, pub).join(path.sep) || path.sep, '.cache', 'publish')
    : path.dirname(absolute);
}

/** The files of a published dataset's folder. */
export const DATASET_FILES = ['dataset.json', 'sites.bin', SITE_TEXT_FILE, OVERVIEW_FILE];

/**
 * Publishes a dataset folder (dataset.json, the app's compact sites.bin with its site-text.bin, and its
 * overview.json) as one: all are written in a staging folder outside public/, which then takes the old folder's
 * place, so the app never gets a new dataset.json with an old sites.bin. Returns the files written.
 */
export async function publishDataset(
  dataset: Dataset,
  dir: string,
  staging = stagingRoot(dir),
): Promise<string[]> {
  await publishFolder(
    dir,
    async (stage) => {
      writeDatasetFile(dataset, path.join(stage, 'dataset.json'));
      const { sites, text } = encodeDataset(dataset);
      await writeFile(path.join(stage, 'sites.bin'), sites);
      await writeFile(path.join(stage, SITE_TEXT_FILE), text);
      await writeFile(path.join(stage, OVERVIEW_FILE), overviewOf(sites));
    },
    staging,
  );
  return DATASET_FILES.map((file) => path.join(path.resolve(dir), file));
}

/**
 * Publishes the folder that `write` fills (in a staging folder beside public/, moved into place only when it
 * returns); a `write` that throws leaves the old folder as it was. Returns what `write` returned.
 */
export async function publishFolder<T>(
  dir: string,
  write: (stage: string) => T | Promise<T>,
  staging = stagingRoot(dir),
): Promise<T> {
  const target = path.resolve(dir);
  const name = path.basename(target);
  const stage = path.join(staging, `.${name}.${process.pid}.staging`);
  const old = path.join(staging, `.${name}.${process.pid}.old`);
  removeAbandonedStaging(staging);
  await mkdir(stage, { recursive: true });
  let moved = false;
  let result: T;
  try {
    result = await write(stage);
    await mkdir(path.dirname(target), { recursive: true });
    // Two renames: between them the folder is briefly absent, never a mismatched pair.
    if (existsSync(target)) {
      await rename(target, old);
      moved = true;
    }
    await rename(stage, target);
    moved = false;
  } catch (error) {
    if (moved) await rename(old, target);
    throw error;
  } finally {
    await rm(stage, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
  removeStaleTemporaries(path.dirname(target));
  return result;
}

/** Deletes temporary files an interrupted earlier build left in the published dataset folders. */
export function removeStaleTemporaries(datasetsDir: string): void {
  for (const entry of readdirSync(datasetsDir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.tmp'))
      rmSync(path.join(entry.parentPath, entry.name), { force: true });
  }
}

/** Deletes the staging folders of builds that were killed (their process is gone). */
function removeAbandonedStaging(staging: string): void {
  if (!existsSync(staging)) return;
  for (const entry of readdirSync(staging)) {
    const pid = /^\..+\.(\d+)\.(staging|old)$/.exec(entry)?.[1];
    if (pid !== undefined && !processAlive(Number(pid)))
      rmSync(path.join(staging, entry), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
