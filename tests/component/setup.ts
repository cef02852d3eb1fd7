import '@testing-library/jest-dom/vitest';
import { readFile } from 'node:fs/promises';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '../../src/app/i18n/i18n-store';

// jsdom has pointer events but no layout: Leaflet would take it for a touch device and turn two quick clicks
// into a double-tap zoom at a NaN position. The component tests click with a mouse, so tell Leaflet so
// (read once, when Leaflet loads, which is after this file).
(window as unknown as { L_NO_TOUCH: boolean }).L_NO_TOUCH = true;

afterEach(() => cleanup());

// jsdom's fetch cannot read the paths the app asks for. As a static host would: the map's borders are served
// from the package that ships them, and another path of the app answers 404. Addresses with a host go out as
// they are (a test's local server); a test may stub fetch itself.
const networkFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith('/')) return networkFetch(input, init);
  const atlas = /^\/node_modules(\/world-atlas\/[\w-]+\.json)$/.exec(url);
  if (atlas) return new Response(await readFile(`${process.cwd()}/node_modules${atlas[1]}`));
  return new Response('', { status: 404 });
};

// findBy… and waitFor wait up to 10 s (not 1 s): the panels, the print preview and the details' contacts load
// their code on first use, and a busy machine takes more than a second to transform it. A test that passes
// still passes as soon as its element appears.
configure({ asyncUtilTimeout: 10_000 });

// The app draws nothing before its first messages are in; components rendered on their own need them too.
await loadLanguage('en');
