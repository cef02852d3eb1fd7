import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();

// A right-to-left override turns "Clinic exe.gnp" into what reads as "Clinic png.exe", and reorders the
// city and status printed after it unless the name is isolated.
const SPOOF = 'Clinic \u202eexe.gnp';
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

function withSpoofedNames() {
  const copy = structuredClone(dataset);
  copy.sites[0]!.facility = SPOOF;
  const trial = copy.trials.find((t) => t.id === copy.sites[0]!.trialId)!;
  trial.title = `Study \u2067${'x'.repeat(500)}`;
  return async () => copy;
}

describe('text from the data', () => {
  it('is isolated and rid of bidi controls in the site list and the details', async () => {
    const { user, ready } = await renderApp(withSpoofedNames());
    await ready();
    const row = await within(screen.getByRole('list', { name: 'Sites' })).findByRole('button', {
      name: /^Clinic exe\.gnp/,
    });
    expect(row.textContent).not.toMatch(CONTROLS);
    expect(within(row).getByText('Clinic exe.gnp').tagName).toBe('BDI');

    await user.click(row);
    const details = await screen.findByRole('region', { name: 'Site details' });
    expect(details.textContent).not.toMatch(CONTROLS);
    expect(within(details).getByRole('heading', { level: 2 }).querySelector('bdi')).toHaveTextContent(
      'Clinic exe.gnp',
    );
    expect(within(details).getByText(/^Study x+$/).tagName).toBe('BDI');
  });

  it('is cut short where it is a label (a trial option)', async () => {
    const { ready } = await renderApp(withSpoofedNames());
    await ready();
    const options = screen.getByRole('group', { name: 'Trial' });
    const label = within(options).getByText(/^Study x+…$/);
    expect(label.textContent!.length).toBeLessThanOrEqual(160);
  });
});
