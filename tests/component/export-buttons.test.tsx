import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fixture from '../fixtures/app/small-dataset.json';
import { datasetSchema } from '../../src/core/schema';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { EngineProvider } from '../../src/app/state/engine-context';
import { connectEngine, useResults } from '../../src/app/state/results';
import { resetAppState, useAppStore } from '../../src/app/state/store';
import { ExportButtons } from '../../src/app/ui/export/export-buttons';

const dataset = datasetSchema.parse(fixture);
let disconnect = () => {};
const saved: { blob: Blob; name: string }[] = [];

beforeEach(() => {
  resetAppState();
  saved.length = 0;
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', {
    ...URL,
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.href)!, name: this.download });
  });
});
afterEach(() => {
  disconnect();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function renderReady() {
  const engine = new IndexedSiteEngine();
  disconnect = connectEngine(engine, async () => dataset).disconnect;
  render(
    <EngineProvider engine={engine}>
      <ExportButtons />
    </EngineProvider>,
  );
  await waitFor(() => expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled());
}

describe('Export buttons', () => {
  it('saves the filtered sites as CSV with a byte-order mark', async () => {
    useAppStore.getState().toggleCountry('FR');
    await renderReady();
    await waitFor(() => expect(useResults.getState().summary?.count).toBe(3));
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(saved.map((file) => file.name)).toEqual(['trial-atlas-sites-FR.csv']);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    // The fixture does not say how old it is; the first row says so and gives the filters.
    expect(lines.shift()).toBe('Data date unknown,Filters: country=FR');
    expect(lines[0]).toMatch(/^Trial ID,NCT ID,Facility,/);
    expect(lines.slice(1, -1).map((line) => line.split(',')[6])).toEqual(['FR', 'FR', 'FR']);
    expect(screen.getByText('Saved 3 sites as CSV.')).toBeInTheDocument();
  });

  it('saves the filtered sites as GeoJSON, unresolved ones with a null geometry', async () => {
    useAppStore.getState().toggleCountry('FR');
    await renderReady();
    await waitFor(() => expect(useResults.getState().summary?.count).toBe(3));
    await userEvent.click(screen.getByRole('button', { name: 'Download GeoJSON' }));
    expect(saved[0]?.name).toBe('trial-atlas-sites-FR.geojson');
    const collection = JSON.parse(await saved[0]!.blob.text());
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual([
      'ex-202-1',
      'ex-303-1',
      'ex-303-2',
    ]);
    const unresolved = collection.features.find((f: { id: string }) => f.id === 'ex-303-2');
    expect(unresolved.geometry).toBeNull();
  });
});
