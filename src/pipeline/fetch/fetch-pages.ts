// Pages through a search into a folder, one raw API page per file, saving its progress after every page so
// an interrupted fetch resumes from the last saved page instead of starting again.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../publish';
import { FetchError, RetryableError, type Client } from './http-client';
import { pageUrl } from './ctgov-query';

export type FetchProgress = {
  api: string;
  query: Record<string, string>;
  pageSize: number;
  /** When the first page was asked for (ISO 8601 UTC); a resumed fetch keeps its first start. */
  fetchedAt: string;
  totalCount: number | null;
  pages: number;
  studies: number;
  nextPageToken: string | null;
  done: boolean;
};

export type FetchPagesOptions = {
  /** The folder being filled: progress.json and pages/page-00001.json, … */
  dir: string;
  api: string;
  query: Record<string, string>;
  pageSize: number;
  client: Client;
  now?: () => Date;
  onPage?: (progress: FetchProgress) => void;
};

export const PAGES_DIR = 'pages';
const PROGRESS_FILE = 'progress.json';

export function pageFile(dir: string, page: number): string {
  return path.join(dir, PAGES_DIR, `page-${String(page).padStart(5, '0')}.json`);
}

type PageSummary = { studies: number; nextPageToken: string | null; totalCount: number | null };

/** Reads a downloaded page; a body that is not a whole JSON page (cut off in transit) is retried. */
export async function checkPage(file: string): Promise<PageSummary> {
  let page: unknown;
  try {
    page = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new RetryableError(`incomplete page (${(error as Error).message})`);
  }
  if (typeof page !== 'object' || page === null || !Array.isArray((page as { studies?: unknown }).studies))
    throw new FetchError('the answer is not a page of studies (no "studies" list)');
  const { studies, nextPageToken, totalCount } = page as {
    studies: unknown[];
    nextPageToken?: unknown;
    totalCount?: unknown;
  };
  return {
    studies: studies.length,
    nextPageToken: typeof nextPageToken === 'string' && nextPageToken !== '' ? nextPageToken : null,
    totalCount: typeof totalCount === 'number' ? totalCount : null,
  };
}

async function readProgress(dir: string): Promise<FetchProgress | null> {
  const file = path.join(dir, PROGRESS_FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as FetchProgress;
  } catch {
    return null;
  }
}

function sameSearch(progress: FetchProgress, options: FetchPagesOptions): boolean {
  return (
    progress.api === options.api &&
    progress.pageSize === options.pageSize &&
    JSON.stringify(progress.query) === JSON.stringify(options.query)
  );
}

/** Fetches every page of the search into options.dir, resuming a matching unfinished fetch found there. */
export async function fetchPages(options: FetchPagesOptions): Promise<FetchProgress> {
  const { dir, api, query, pageSize, client, now = () => new Date() } = options;
  const saved = await readProgress(dir);
  let progress: FetchProgress;
  if (saved && sameSearch(saved, options)) {
    progress = saved;
  } else {
    await rm(dir, { recursive: true, force: true });
    progress = {
      api,
      query,
      pageSize,
      fetchedAt: now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      totalCount: null,
      pages: 0,
      studies: 0,
      nextPageToken: null,
      done: false,
    };
  }
  await mkdir(path.join(dir, PAGES_DIR), { recursive: true });
  while (!progress.done) {
    const page = progress.pages + 1;
    const token = progress.pages === 0 ? null : progress.nextPageToken;
    const summary = await client.download(
      pageUrl(api, query, pageSize, token),
      pageFile(dir, page),
      checkPage,
    );
    progress = {
      ...progress,
      totalCount: progress.pages === 0 ? summary.totalCount : progress.totalCount,
      pages: page,
      studies: progress.studies + summary.studies,
      nextPageToken: summary.nextPageToken,
      done: summary.nextPageToken === null,
    };
    await writeFileAtomic(path.join(dir, PROGRESS_FILE), `${JSON.stringify(progress, null, 2)}\n`);
    options.onPage?.(progress);
  }
  return progress;
}
