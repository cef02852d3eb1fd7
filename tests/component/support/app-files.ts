// The place list for a test that renders the whole app: the fixture's, where the app asks for the published one.
// Every other file goes to the fetch of the test setup (the map's borders, 404 for the rest).
import { vi } from 'vitest';
import gazetteer from '../../fixtures/near-me/gazetteer.json';

/** Stubs fetch (undo with vi.unstubAllGlobals); `calls` receives each URL and request body, if given. */
export function serveAppFiles(calls?: string[]): void {
  const setupFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls?.push(`${url} ${String(init?.body ?? '')}`);
    if (url.endsWith('data/gazetteer.json')) {
      return new Response(JSON.stringify(gazetteer), { headers: { 'content-type': 'application/json' } });
    }
    return setupFetch(input, init);
  });
}
