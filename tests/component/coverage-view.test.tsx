import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteEngine } from '../../src/app/data/site-engine';
import { resetResults, useResults } from '../../src/app/state/results';
import { resetAppState } from '../../src/app/state/store';
import { CoverageView } from '../../src/app/ui/coverage/coverage-view';
import { loadedEngine, renderWithEngine, servePlaces } from './support/coverage-engine';
import { coverageDataset, coverageGazetteer } from '../unit/core/coverage-fixture';

beforeEach(() => {
  resetAppState();
  resetResults();
});
afterEach(() => vi.unstubAllGlobals());

describe('coverage view', () => {
  it('asks the engine, says so while it computes, and fetches nothing but the place list', async () => {
    const requested = servePlaces(coverageGazetteer);
    const engine = await loadedEngine(coverageDataset);
    renderWithEngine(<CoverageView />, engine);
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the coverage report…');
    expect(await screen.findByRole('table', { name: /Coverage by country/ })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Population within 100 km/ })).toBeInTheDocument();
    // The sites come from the engine's own table: no second download of the dataset.
    expect(requested.mock.calls.map(([url]) => url)).toEqual(['/data/gazetteer.json']);
  });

  it('waits for a dataset before asking', async () => {
    servePlaces(coverageGazetteer);
    const engine = await loadedEngine(coverageDataset);
    const info = useResults.getState().info;
    useResults.setState({ info: null, load: { status: 'loading', name: 'default' } });
    const coverage = vi.spyOn(engine, 'coverage');
    renderWithEngine(<CoverageView />, engine);
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the coverage report…');
    expect(coverage).not.toHaveBeenCalled();
    useResults.setState({ info, load: { status: 'ready', name: 'coverage-fixture' } });
    expect(await screen.findByRole('table', { name: /Coverage by country/ })).toBeInTheDocument();
  });

  it('explains a failed computation and retries', async () => {
    const user = userEvent.setup();
    servePlaces(coverageGazetteer);
    const engine: SiteEngine = await loadedEngine(coverageDataset);
    let attempts = 0;
    const coverage = engine.coverage.bind(engine);
    vi.spyOn(engine, 'coverage').mockImplementation(async (filters) => {
      attempts += 1;
      if (attempts === 1) throw new Error('The site worker failed: out of memory');
      return coverage(filters);
    });
    renderWithEngine(<CoverageView />, engine);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The coverage report could not be prepared: The site worker failed: out of memory',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: /Coverage by country/ })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
