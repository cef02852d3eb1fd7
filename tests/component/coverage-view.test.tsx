import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverageLoaders } from '../../src/app/state/coverage-data';
import { siteTableFromDataset } from '../../src/core/site-table';
import { resetAppState, useAppStore } from '../../src/app/state/store';
import { CoverageView } from '../../src/app/ui/coverage/coverage-view';
import { coverageDataset, coverageGazetteer } from '../unit/core/coverage-fixture';

const original = { ...coverageLoaders };

beforeEach(() => resetAppState());
afterEach(() => Object.assign(coverageLoaders, original));

describe('coverage view', () => {
  it('loads the dataset and the populations, then shows the report', async () => {
    const requested: string[] = [];
    coverageLoaders.table = async (name) => (requested.push(name), siteTableFromDataset(coverageDataset));
    coverageLoaders.gazetteer = async () => coverageGazetteer;
    useAppStore.setState({ datasetName: 'view-ok' });
    render(<CoverageView />);
    expect(screen.getByText('Preparing the coverage report…')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Coverage by country/ })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Population within 100 km/ })).toBeInTheDocument();
    expect(requested).toEqual(['view-ok']);
  });

  it('explains a failed load and retries', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    coverageLoaders.table = async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('data/view-retry/dataset.json answered 500.');
      return siteTableFromDataset(coverageDataset);
    };
    coverageLoaders.gazetteer = async () => coverageGazetteer;
    useAppStore.setState({ datasetName: 'view-retry' });
    render(<CoverageView />);
    expect(await screen.findByRole('alert')).toHaveTextContent('answered 500');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: /Coverage by country/ })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
