// The coverage view's tests run on the app's engine, loaded with a dataset as the app loads it, and the place
// list served as the app's static server serves it.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { IndexedSiteEngine } from '../../../src/app/data/indexed-site-engine';
import type { SiteEngine } from '../../../src/app/data/site-engine';
import { EngineProvider } from '../../../src/app/state/engine-context';
import { useResults } from '../../../src/app/state/results';
import type { GazetteerFile } from '../../../src/core/gazetteer-format';
import type { Dataset } from '../../../src/core/schema';

/** An engine holding `dataset`, with the app's results saying so (DatasetInfo and a ready load). */
export async function loadedEngine(dataset: Dataset): Promise<IndexedSiteEngine> {
  const engine = new IndexedSiteEngine();
  const info = await engine.load(dataset);
  useResults.setState({ info, load: { status: 'ready', name: dataset.name } });
  return engine;
}

export function renderWithEngine(ui: ReactNode, engine: SiteEngine) {
  return render(<EngineProvider engine={engine}>{ui}</EngineProvider>);
}

/** Answers every request with the place list (or, with `status`, that error), and records the URLs asked for. */
export function servePlaces(places: GazetteerFile, status = 200) {
  const fetch = vi.fn(async (url: string) =>
    status === 200
      ? new Response(JSON.stringify(places), { headers: { 'content-type': 'application/json' } })
      : new Response(`${url} not here`, { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
