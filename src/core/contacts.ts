// Whom to call about a site: its own contacts, else the trial's central contacts, else nobody the source names
// (then the overall officials' institutions are the next best), and the tel: and mailto: links a phone opens.
import type { Contact, Investigator, Trial } from './schema';

export interface SiteContacts {
  /** 'site' when the site has a phone or email, 'trial' for the trial's central contacts, 'none' otherwise. */
  source: 'site' | 'trial' | 'none';
  /** The contacts to show, reachable ones first (the site's named people too when only the trial's reach). */
  site: Contact[];
  central: Contact[];
  /** When nobody can be reached: the overall officials, whose institution is all there is. */
  officials: Investigator[];
}

export const isReachable = (contact: Contact): boolean =>
  Boolean(contact.phone?.trim() || contact.email?.trim());

const reachableFirst = (contacts: readonly Contact[]) =>
  [...contacts].sort((a, b) => Number(isReachable(b)) - Number(isReachable(a)));

export function siteContacts(
  contacts: readonly Contact[],
  trial: Pick<Trial, 'centralContacts' | 'overallOfficials'>,
): SiteContacts {
  const site = reachableFirst(contacts);
  if (site.some(isReachable)) return { source: 'site', site, central: [], officials: [] };
  const central = reachableFirst(trial.centralContacts).filter(isReachable);
  if (central.length > 0) return { source: 'trial', site, central, officials: [] };
  return { source: 'none', site, central: [], officials: trial.overallOfficials };
}

/**
 * A tel: link for a phone number as registries write it ("847-429-2907", "+33 4 72 11 00 00", "(0)30 450 50"):
 * digits, a leading +, and the visual separators RFC 3966 allows; an extension is dialled after a pause (","),
 * which phones understand where ";ext=" is often ignored. Null when there are no digits to dial.
 */
export function telHref(phone: string, extension?: string | null): string | null {
  const trimmed = phone.trim();
  // "+49 (0)30 …": the trunk 0 is not dialled from abroad; without the "+" it is the number as dialled at home.
  const number = (trimmed.startsWith('+') ? trimmed.replace(/\(0\)/g, '') : trimmed)
    .replace(/[^\d+().-]+/g, '-')
    .replace(/(?!^)\+/g, '')
    .replace(/^-+|-+$/g, '');
  if (!/\d/.test(number)) return null;
  const ext = extension?.replace(/\D/g, '') ?? '';
  return `tel:${number}${ext ? `,${ext}` : ''}`;
}

/** A mailto: link, only for text that looks like one address (no spaces, one @, a dot in the domain). */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/.test(address)) return null;
  return `mailto:${address}`;
}

/** The address as lines a person can copy: facility, place line (city, state zip), country; the source has no street. */
export function addressLines(site: {
  facility: string | null;
  city: string;
  state: string | null;
  zip: string | null;
  countryName: string;
}): string[] {
  const region = [site.state, site.zip].filter(Boolean).join(' ');
  return [
    site.facility?.trim() ?? '',
    [site.city, region].filter(Boolean).join(', '),
    site.countryName,
  ].filter((line) => line !== '');
}
