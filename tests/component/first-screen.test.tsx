// The first screen is drawn whole: it waits for the overview the map draws first (fetched beside the messages),
// but not for long when the overview does not come.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeCompact } from '../../src/core/compact/decode';
import { encodeDataset } from '../../src/core/compact/encode';
import { buildOverview, overviewText } from '../../src/core/overview/build';
import type { Overview } from '../../src/core/overview/format';
import { parseOverview } from '../../src/core/overview/read';
import { dataset, renderApp, withLayout } from './support/render-app';

// A map small enough that the fixture's sites are fitted at a zoom the overview holds (it stops at zoom 5).
withLayout(512, 384);

const overview = parseOverview(
  new TextEncoder().encode(overviewText(buildOverview(decodeCompact(encodeDataset(dataset).sites)))),
);
const markers = () => document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon');
const heading = () => screen.queryByRole('heading', { level: 1, name: 'Trial Atlas' });
const never = () => new Promise<typeof dataset>(() => {});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the first screen', () => {
  it('waits for the overview on its way, then comes with its count and markers', async () => {
    let give: (value: Overview | null) => void = () => {};
    await renderApp(never, undefined, () => new Promise((resolve) => (give = resolve)));
    await pause(200);
    expect(heading()).toBeNull();
    give(overview);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trial Atlas' })).toBeInTheDocument();
    expect(screen.getByText(`Loading ${dataset.sites.length} sites…`)).toBeInTheDocument();
    await waitFor(() => expect(markers().length).toBeGreaterThan(0));
  });

  it('is drawn without the overview when it does not come within half a second', async () => {
    const started = performance.now();
    await renderApp(never, undefined, () => new Promise(() => {}));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trial Atlas' }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
    expect(screen.getByText('Loading trial sites…')).toBeInTheDocument();
  });

  it('is drawn at once when the dataset has no overview', async () => {
    await renderApp(never, undefined, async () => null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trial Atlas' })).toBeInTheDocument();
    expect(screen.getByText('Loading trial sites…')).toBeInTheDocument();
  });
});
