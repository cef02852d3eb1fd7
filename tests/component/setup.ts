import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '../../src/app/i18n/i18n-store';

// jsdom has pointer events but no layout: Leaflet would take it for a touch device and turn two quick clicks
// into a double-tap zoom at a NaN position. The component tests click with a mouse, so tell Leaflet so
// (read once, when Leaflet loads, which is after this file).
(window as unknown as { L_NO_TOUCH: boolean }).L_NO_TOUCH = true;

afterEach(() => cleanup());

// findBy… and waitFor wait up to 10 s (not 1 s): the panels, the print preview and the details' contacts load
// their code on first use, and a busy machine takes more than a second to transform it. A test that passes
// still passes as soon as its element appears.
configure({ asyncUtilTimeout: 10_000 });

// The app draws nothing before its first messages are in; components rendered on their own need them too.
await loadLanguage('en');
