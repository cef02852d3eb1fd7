import { describe, expect, it } from 'vitest';
import { addressLines, mailtoHref, siteContacts, telHref } from '../../../src/core/contacts';
import { makeContact as contact } from './make-trial';

const desk = contact({ name: 'Site Public Contact', role: 'CONTACT', phone: '847-429-2907' });
const pi = contact({ name: 'Thomas J. Saphner', role: 'PRINCIPAL_INVESTIGATOR' });
const central = contact({ name: 'Study office', email: 'trials@example.org' });
const official = { name: 'Jacob M Sands', role: 'PRINCIPAL_INVESTIGATOR', affiliation: 'Alliance' };

describe('whom to contact about a site', () => {
  it('shows the site’s own contacts when one of them can be reached, reachable ones first', () => {
    const plan = siteContacts([pi, desk], { centralContacts: [central], overallOfficials: [official] });
    expect(plan).toEqual({ source: 'site', site: [desk, pi], central: [], officials: [] });
  });

  it('falls back to the trial’s central contacts, keeping the site’s named people', () => {
    const plan = siteContacts([pi], { centralContacts: [central], overallOfficials: [official] });
    expect(plan).toEqual({ source: 'trial', site: [pi], central: [central], officials: [] });
  });

  it('says there is none, with the overall officials, when nobody can be reached', () => {
    const plan = siteContacts([], {
      centralContacts: [contact({ name: 'No number' })],
      overallOfficials: [official],
    });
    expect(plan).toEqual({ source: 'none', site: [], central: [], officials: [official] });
  });
});

describe('contact links', () => {
  it('dials what registries write, with an extension after a pause', () => {
    expect(telHref('847-429-2907')).toBe('tel:847-429-2907');
    expect(telHref('+33 4 72 11 00 00')).toBe('tel:+33-4-72-11-00-00');
    expect(telHref('+49 (0)30 450 50')).toBe('tel:+49-30-450-50');
    expect(telHref('(030) 450 50')).toBe('tel:(030)-450-50');
    expect(telHref('313-343-3166', 'x 204')).toBe('tel:313-343-3166,204');
    expect(telHref('Tel: 0800 123')).toBe('tel:0800-123');
    expect(telHref('ask the desk')).toBeNull();
  });

  it('links one email address and nothing else', () => {
    expect(mailtoHref(' karen.forman@ascension.org ')).toBe('mailto:karen.forman@ascension.org');
    expect(mailtoHref('a@b.org, c@d.org')).toBeNull();
    expect(mailtoHref('see website')).toBeNull();
    expect(mailtoHref('x@localhost')).toBeNull();
  });

  it('writes the address as lines, leaving out what the source does not give', () => {
    const site = { facility: 'Adams Cancer Center', city: 'Gettysburg', state: 'Pennsylvania', zip: '17325' };
    expect(addressLines({ ...site, countryName: 'United States' })).toEqual([
      'Adams Cancer Center',
      'Gettysburg, Pennsylvania 17325',
      'United States',
    ]);
    expect(
      addressLines({ facility: null, city: 'Lyon', state: null, zip: null, countryName: 'France' }),
    ).toEqual(['Lyon', 'France']);
  });
});
