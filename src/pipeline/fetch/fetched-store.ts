// The saved sources of a fetched dataset: data/fetched/<name>/ holds manifest.json and pages/. A fetch fills
// <name>.partial/ and only a complete, built fetch replaces <name>/, so a failed one changes nothing.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../publish';
import { PAGES_DIR, pageFile } from './fetch-pages';

export const FETCHED_ROOT = 'data/fetched';
export const MANIFEST_FILE = 'manifest.json';

export type FetchRecord = {
  /** The YYYY-MM-DD of a --since fetch; null for a full one. */
  since: string | null;
  fetchedAt: string;
  totalCount: number | null;
  pages: number;
  studies: number;
};

export type Manifest = {
  api: string;
  /** The search (without --since's narrowing), as API query parameters. */
  query: Record<string, string>;
  /** The newest fetch's start, ISO 8601 UTC. */
  fetchedAt: string;
  /** Studies the search matched: the API's count for a full fetch, the saved studies after merging updates. */
  totalCount: number;
  pages: number;
  studies: number;
  /** Every fetch that went into these pages, oldest first. */
  fetches: FetchRecord[];
};

export type FetchedDirs = { current: string; partial: string; next: string; previous: string };

export function fetchedDirs(root: string, name: string): FetchedDirs {
  const base = path.resolve(root, FETCHED_ROOT, name);
  return { current: base, partial: `${base}.partial`, next: `${base}.next`, previous: `${base}.previous` };
}

export async function readManifest(dir: string): Promise<Manifest | null> {
  const file = path.join(dir, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Manifest) : null;
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function listPages(dir: string): Promise<string[]> {
  const pages = path.join(dir, PAGES_DIR);
  if (!existsSync(pages)) return [];
  return (await readdir(pages))
    .filter((file) => /^page-\d+\.json$/.test(file))
    .sort()
    .map((file) => path.join(pages, file));
}

/** Puts a finished snapshot in place of the current one; an interrupted swap is undone by recoverSwap. */
export async function replaceCurrent(dirs: FetchedDirs, snapshot: string): Promise<void> {
  await rm(dirs.previous, { recursive: true, force: true });
  if (existsSync(dirs.current)) await rename(dirs.current, dirs.previous);
  await rename(snapshot, dirs.current);
  await rm(dirs.previous, { recursive: true, force: true });
}

/** After a crash between the two renames of replaceCurrent, the previous sources come back. */
export async function recoverSwap(dirs: FetchedDirs): Promise<void> {
  if (!existsSync(dirs.current) && existsSync(dirs.previous)) await rename(dirs.previous, dirs.current);
}

type RawStudy = {
  protocolSection?: {
    identificationModule?: { nctId?: string };
    statusModule?: { lastUpdatePostDateStruct?: { date?: string } };
  };
};

const studyId = (study: RawStudy) => study.protocolSection?.identificationModule?.nctId ?? null;
const updated = (study: RawStudy) =>
  study.protocolSection?.statusModule?.lastUpdatePostDateStruct?.date ?? '';

async function readStudies(file: string): Promise<RawStudy[]> {
  return (JSON.parse(await readFile(file, 'utf8')) as { studies: RawStudy[] }).studies;
}

/**
 * Writes into `out` the saved pages of `current` merged with the update pages in `updates`: a study in
 * both keeps its newest version (by lastUpdatePostDate; the update on a tie). One page in memory at a time.
 */
export async function mergePages(current: string, updates: string, out: string): Promise<number> {
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, PAGES_DIR), { recursive: true });
  const newer = new Map<string, string>();
  const updatePages = await listPages(updates);
  for (const file of updatePages) {
    for (const study of await readStudies(file)) {
      const id = studyId(study);
      if (id) newer.set(id, updated(study));
    }
  }
  const keptOld = new Set<string>();
  let page = 0;
  let studies = 0;
  const write = async (source: string, kept: RawStudy[], whole: boolean) => {
    if (kept.length === 0) return;
    page += 1;
    studies += kept.length;
    if (whole) await copyFile(source, pageFile(out, page));
    else await writeFile(pageFile(out, page), `${JSON.stringify({ studies: kept })}\n`);
  };
  for (const file of await listPages(current)) {
    const all = await readStudies(file);
    const kept = all.filter((study) => {
      const id = studyId(study);
      const update = id === null ? undefined : newer.get(id);
      if (update === undefined) return true;
      if (updated(study) > update) keptOld.add(id as string);
      return updated(study) > update;
    });
    await write(file, kept, kept.length === all.length);
  }
  for (const file of updatePages) {
    const all = await readStudies(file);
    const kept = all.filter((study) => !keptOld.has(studyId(study) ?? ''));
    await write(file, kept, kept.length === all.length);
  }
  return studies;
}
