// A dataset with many trials: the Trial group draws those with the most sites a step at a time, up to its limit.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_TRIALS, TRIALS_STEP } from '../../src/app/ui/filters/trial-filter';
import { useAppStore } from '../../src/app/state/store';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import type { Dataset } from '../../src/core/schema';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();

/** `count` trials made from the fixture's first, trial k (1-based) with k sites: "Trial 120" has the most. */
function manyTrials(count: number): Dataset {
  const template = dataset.trials[0]!;
  const site = dataset.sites.find((s) => s.lat !== null && s.trialId === template.id)!;
  const trials = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `trial-${i + 1}`,
    nctId: null,
    title: `Trial ${i + 1}`,
  }));
  const sites = trials.flatMap((trial, i) =>
    Array.from({ length: i + 1 }, (_, k) => ({ ...site, id: `${trial.id}-site-${k}`, trialId: trial.id })),
  );
  return { ...dataset, trials, sites };
}

const trialBoxes = () =>
  within(screen.getByRole('group', { name: 'Trial' }))
    .getAllByRole('checkbox')
    .map((box) => (box as HTMLInputElement).labels![0]!.textContent);

describe('the Trial group of a dataset with many trials', () => {
  it('draws the trials with the most sites, more on request, and keeps a chosen one drawn', async () => {
    const total = MAX_SHOWN_TRIALS + 20;
    const { user } = await renderApp(async () => manyTrials(total));
    const group = await screen.findByRole('group', { name: 'Trial' }, { timeout: 20_000 });
    await within(group).findByRole('checkbox', { name: /^Trial 120/ });
    expect(trialBoxes()).toHaveLength(TRIALS_STEP);
    expect(trialBoxes().slice(0, 3)).toEqual(['Trial 120', 'Trial 119', 'Trial 118']);
    expect(
      within(group).getByText(
        `The ${TRIALS_STEP} trials with the most sites of ${total}; search to find others.`,
      ),
    ).toBeInTheDocument();

    // Each "Show more" adds a step and moves the keyboard to the first trial it added.
    await user.click(within(group).getByRole('button', { name: `Show ${TRIALS_STEP} more trials` }));
    expect(trialBoxes()).toHaveLength(2 * TRIALS_STEP);
    expect(document.activeElement).toBe(
      within(group).getByRole('checkbox', { name: `Trial ${120 - TRIALS_STEP}` }),
    );
    expect(within(group).getByText(/^The 40 trials with the most sites of 120/)).toBeInTheDocument();
    while (within(group).queryByRole('button', { name: /^Show \d+ more trials?$/ }))
      await user.click(within(group).getByRole('button', { name: /^Show \d+ more trials?$/ }));
    expect(trialBoxes()).toHaveLength(MAX_SHOWN_TRIALS);
    expect(trialBoxes().at(-1)).toBe(`Trial ${total - MAX_SHOWN_TRIALS + 1}`);

    // A trial chosen from beyond the drawn ones (as from a link) is drawn first, ticked.
    useAppStore.getState().toggleTrial('trial-3');
    const chosen = await within(group).findByRole('checkbox', { name: 'Trial 3' });
    expect(chosen).toBeChecked();
    expect(trialBoxes()[0]).toBe('Trial 3');
  });

  it('is drawn with the rest of the panel, before the first filter summary comes', async () => {
    const total = MAX_SHOWN_TRIALS + 20;
    const engine = new IndexedSiteEngine();
    let letSummaryThrough = () => {};
    const held = new Promise<void>((resolve) => (letSummaryThrough = resolve));
    const setFilters = engine.setFilters.bind(engine);
    engine.setFilters = async (...args) => {
      const answer = setFilters(...args);
      await held;
      return answer;
    };
    await renderApp(async () => manyTrials(total), engine);
    // The sites are in and the panel is drawn, with no counts yet: the Trial group is in it already, with the
    // trials that have the most sites, so nothing below it moves when the counts come.
    const status = await screen.findByRole('group', { name: 'Status' }, { timeout: 20_000 });
    expect(within(status).getAllByRole('checkbox')[0]).toHaveAccessibleDescription('0 sites');
    expect(trialBoxes()).toHaveLength(TRIALS_STEP);
    expect(trialBoxes()[0]).toBe(`Trial ${total}`);
    expect(screen.queryByText(/^[\d,]+ sites? in \d+ countr/)).toBeNull();
    letSummaryThrough();
    expect(await screen.findByText(/^[\d,]+ sites? in \d+ countr/)).toBeInTheDocument();
    expect(trialBoxes()).toHaveLength(TRIALS_STEP);
    expect(trialBoxes()[0]).toBe(`Trial ${total}`);
  });

  it('draws every trial, with no note or button, when there are no more than a step', async () => {
    await renderApp(async () => manyTrials(TRIALS_STEP));
    const group = await screen.findByRole('group', { name: 'Trial' }, { timeout: 20_000 });
    await within(group).findByRole('checkbox', { name: /^Trial 20/ });
    expect(trialBoxes()).toHaveLength(TRIALS_STEP);
    expect(within(group).queryByRole('button', { name: /more trials?$/ })).toBeNull();
    expect(within(group).queryByText(/with the most sites/)).toBeNull();
  });
});
