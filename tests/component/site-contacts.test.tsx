import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Contact, Dataset } from '../../src/core/schema';
import { makeContact as contact } from '../unit/core/make-trial';
import { useAppStore } from '../../src/app/state/store';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();
vi.setConfig({ testTimeout: 60_000 });

/** The fixture with the contacts of EX-202's Paris site and trial replaced. */
function withContacts(site: Contact[], central: Contact[], affiliation: string | null = null): Dataset {
  return {
    ...dataset,
    trials: dataset.trials.map((trial) =>
      trial.id === 'EX-202'
        ? {
            ...trial,
            centralContacts: central,
            overallOfficials: [{ name: 'Dr Official', role: 'STUDY_CHAIR', affiliation }],
          }
        : trial,
    ),
    sites: dataset.sites.map((s) => (s.id === 'ex-202-1' ? { ...s, zip: '75010', contacts: site } : s)),
  };
}

async function openParis(data: Dataset) {
  const { ready } = await renderApp(async () => data);
  await ready();
  act(() => useAppStore.getState().selectSite('ex-202-1', 'list'));
  return screen.findByRole('region', { name: 'Site details' });
}

describe('whom to contact about a site', () => {
  it('gives the site’s own phone and email as links, and its address as text', async () => {
    const details = await openParis(
      withContacts(
        [
          contact({
            name: 'Unité de recherche',
            phone: '+33 1 42 49 49 49',
            phoneExt: '12',
            email: 'essais@example.fr',
          }),
        ],
        [contact({ name: 'Central desk', phone: '+1 555 0100' })],
      ),
    );
    expect(await within(details).findByRole('link', { name: 'Phone +33 1 42 49 49 49' })).toHaveAttribute(
      'href',
      'tel:+33-1-42-49-49-49,12',
    );
    expect(details).toHaveTextContent('ext. 12');
    expect(within(details).getByRole('link', { name: 'Email essais@example.fr' })).toHaveAttribute(
      'href',
      'mailto:essais@example.fr',
    );
    expect(details).not.toHaveTextContent('Central desk');
    expect(details.querySelector('address')).toHaveTextContent('Hôpital Saint-LouisParis, 75010France');
  });

  it('falls back to the trial’s central contact when the site has no phone or email', async () => {
    const details = await openParis(
      withContacts(
        [contact({ name: 'Dr Site', role: 'PRINCIPAL_INVESTIGATOR' })],
        [contact({ name: 'Central desk', phone: '+1 555 0100' })],
      ),
    );
    expect(await within(details).findByRole('link', { name: 'Phone +1 555 0100' })).toBeInTheDocument();
    expect(details).toHaveTextContent('The source lists no phone or email for this site.');
    expect(details).toHaveTextContent('Dr Site · Principal investigator');
  });

  it('says the source lists no contact, with the institution, the registry page linked below', async () => {
    const details = await openParis(withContacts([], [], 'Hôpital Saint-Louis, AP-HP'));
    expect(
      await within(details).findByText('The source lists no contact for this site.'),
    ).toBeInTheDocument();
    expect(details).toHaveTextContent('Institution responsible for the trial: Hôpital Saint-Louis, AP-HP');
    expect(
      within(details).getByRole('link', {
        name: 'NCT00000202 on ClinicalTrials.gov',
      }),
    ).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT00000202');
    expect(within(details).queryByRole('link', { name: /^Phone/ })).toBeNull();
  });
});
