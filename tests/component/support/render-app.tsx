// Renders the whole app in jsdom over the small fixture, with the real store and engine. jsdom has no
// layout, so elements get a fixed size for the map and the virtualized list to have something to fill.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, expect } from 'vitest';
import fixture from '../../fixtures/app/small-dataset.json';
import { App } from '../../../src/app/app';
import { IndexedSiteEngine } from '../../../src/app/data/indexed-site-engine';
import type { SiteEngine } from '../../../src/app/data/site-engine';
import type { Overview } from '../../../src/core/overview/format';
import { datasetSchema } from '../../../src/core/schema';
import { resetResults } from '../../../src/app/state/results';
import { resetAppState } from '../../../src/app/state/store';
import { loadPanels } from '../../../src/app/ui/panels';

export const dataset = datasetSchema.parse(fixture);

// The page asks for the panels' code once its first screen is painted (src/app/main.tsx), before the data is in:
// here as the tests load.
loadPanels();

const loadFixture = async () => dataset;

export function withLayout(width = 1024, height = 768): void {
  const saved = {
    rect: Element.prototype.getBoundingClientRect,
    clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
    clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
    offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
  };
  beforeAll(() => {
    Element.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width, height });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => height });
  });
  afterAll(() => {
    Element.prototype.getBoundingClientRect = saved.rect;
    for (const key of ['clientWidth', 'clientHeight', 'offsetHeight'] as const) {
      const descriptor = saved[key];
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
    }
  });
}

/** Renders the app from a clean store and waits until the sites are counted. */
export async function renderApp(
  loader: (name: string) => Promise<typeof dataset> = loadFixture,
  engine: SiteEngine = new IndexedSiteEngine(),
  overviewLoader?: (name: string) => Promise<Overview | null>,
) {
  resetAppState();
  resetResults();
  const user = userEvent.setup();
  const view = render(<App engine={engine} loader={loader} overviewLoader={overviewLoader} />);
  // Ready: the sites are counted and the side panels (loaded beside the data, see ui/panels.tsx) are drawn.
  const ready = async () => {
    const count = await screen.findByText(/^\d+ sites? in \d+ countr/);
    // The side panel is drawn in a render of its own after the count, and its list a frame after its controls
    // (see ui/app-shell.tsx).
    await waitFor(() => {
      expect(document.querySelector('.app-body.is-loading')).toBeNull();
      expect(document.querySelector('.panel-pending')).toBeNull();
      expect(document.querySelector('.sites-section[aria-busy="true"]')).toBeNull();
    });
    return count;
  };
  return { user, view, ready };
}
