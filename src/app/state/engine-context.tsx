// Hands the site engine to components (tests give each render its own engine).
import { createContext, useContext, type ReactNode } from 'react';
import type { SiteEngine } from '../data/site-engine';

const EngineContext = createContext<SiteEngine | null>(null);

export function EngineProvider({ engine, children }: { engine: SiteEngine; children: ReactNode }) {
  return <EngineContext value={engine}>{children}</EngineContext>;
}

export function useEngine(): SiteEngine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine needs an EngineProvider');
  return engine;
}
