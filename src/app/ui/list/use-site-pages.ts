// Fetches the filtered site list from the engine page by page, only for the rows on screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import { DatasetLoadError } from '../../data/load-dataset';
import type { SiteSummary } from '../../data/site-engine';
import { useEngine } from '../../state/engine-context';
import { retrySiteText, useSiteTextAttempt } from '../../state/site-text-retry';

const PAGE = 100;
const NONE: ReadonlyMap<number, SiteSummary[]> = new Map();

/**
 * Rows first..last (inclusive) are on screen; returns a lookup that is undefined while a row loads, and the
 * failure to download the sites' text (the list's names come with it) with a way to ask again.
 */
export function useSitePages(generation: number, first: number, last: number) {
  const engine = useEngine();
  const [state, setState] = useState({ generation, pages: NONE });
  const [failure, setFailure] = useState<{ generation: number; attempt: number } | null>(null);
  const attempt = useSiteTextAttempt((text) => text.attempt);
  const requested = useRef(new Set<string>());
  const pages = state.generation === generation ? state.pages : NONE;
  const firstPage = Math.floor(first / PAGE);
  const lastPage = last < first ? -1 : Math.floor(last / PAGE);

  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page++) {
      const key = `${generation}:${page}`;
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      void engine.rows(page * PAGE, PAGE).then(
        (rows) =>
          setState((previous) => {
            // A page of an older filter result arrives late: drop it.
            if (previous.generation > generation) return previous;
            const next = new Map(previous.generation === generation ? previous.pages : NONE);
            next.set(page, rows);
            return { generation, pages: next };
          }),
        (error: unknown) => {
          // The engine was replaced or reloaded meanwhile: the next result asks again. The sites' text could
          // not be downloaded: the list says so, and Retry asks again.
          requested.current.delete(key);
          if (error instanceof DatasetLoadError) setFailure({ generation, attempt });
        },
      );
    }
  }, [engine, generation, firstPage, lastPage, attempt]);

  const siteAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE], [pages]);
  const failed = failure !== null && failure.generation === generation && failure.attempt === attempt;
  return { siteAt, failed, retry: retrySiteText };
}
