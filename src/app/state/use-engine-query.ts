// Runs an engine query whenever its inputs change and keeps the latest answer (stale answers are dropped).
import { useEffect, useState } from 'react';
import type { SiteEngine } from '../data/site-engine';
import { useEngine } from './engine-context';

export function useEngineQuery<T>(
  query: ((engine: SiteEngine) => Promise<T>) | null,
  deps: readonly unknown[],
): T | undefined {
  const engine = useEngine();
  const [answer, setAnswer] = useState<{ value: T; key: readonly unknown[] } | undefined>(undefined);
  useEffect(() => {
    if (!query) return;
    let current = true;
    query(engine).then(
      (value) => current && setAnswer({ value, key: deps }),
      () => current && setAnswer(undefined),
    );
    return () => {
      current = false;
    };
    // The caller lists the inputs of `query` in deps, as with useMemo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, ...deps]);
  const fresh =
    answer && answer.key.length === deps.length && answer.key.every((v, i) => Object.is(v, deps[i]));
  return query && fresh ? answer.value : undefined;
}
