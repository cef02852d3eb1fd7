// Runs an engine query whenever its inputs change and keeps the latest answer (stale answers are dropped).
import { useEffect, useState } from 'react';
import type { SiteEngine } from '../data/site-engine';
import { useEngine } from './engine-context';

/**
 * An answer on its way (with the last one, for inputs that have changed since, and whether it is asked for again
 * after the last answer failed), given, or failed.
 */
export type Loadable<T> =
  | { status: 'loading'; last: T | undefined; retrying: boolean }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

type Query<T> = ((engine: SiteEngine) => Promise<T>) | null;

/** The answer to `query` for the current deps, and a retry (a failed answer is asked for again). */
export function useEngineLoadable<T>(query: Query<T>, deps: readonly unknown[]): [Loadable<T>, () => void] {
  const engine = useEngine();
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ value: Loadable<T>; key: readonly unknown[] } | undefined>(
    undefined,
  );
  const key = [attempt, ...deps];
  useEffect(() => {
    if (!query) return;
    let current = true;
    query(engine).then(
      (value) => current && setAnswer({ value: { status: 'ready', value }, key }),
      (error: unknown) =>
        current && setAnswer({ value: { status: 'error', message: (error as Error).message }, key }),
    );
    return () => {
      current = false;
    };
    // The caller lists the inputs of `query` in deps, as with useMemo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, ...key]);
  const fresh =
    answer && answer.key.length === key.length && answer.key.every((v, i) => Object.is(v, key[i]));
  const retry = () => setAttempt((n) => n + 1);
  if (query && fresh) return [answer.value, retry];
  const last = answer?.value.status === 'ready' ? answer.value.value : undefined;
  return [{ status: 'loading', last, retrying: answer?.value.status === 'error' }, retry];
}

export function useEngineQuery<T>(query: Query<T>, deps: readonly unknown[]): T | undefined {
  const [answer] = useEngineLoadable(query, deps);
  return answer.status === 'ready' ? answer.value : undefined;
}

/** The answer to show: the current one, or while it comes the last one; none after a failure. */
export function latest<T>(answer: Loadable<T>): T | undefined {
  return answer.status === 'ready' ? answer.value : answer.status === 'loading' ? answer.last : undefined;
}
