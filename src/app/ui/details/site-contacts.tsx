// Whom to contact about a site, with tappable phone and email (core/contacts.ts chooses whom), and its address
// as text a person can copy.
import type { ReactNode } from 'react';
import { addressLines, mailtoHref, siteContacts, telHref } from '../../../core/contacts';
import { ctgovStudyUrl } from '../../../core/ctgov-links';
import type { Contact, Trial } from '../../../core/schema';
import type { SiteDetail } from '../../data/site-engine';
import { useFormats, useT } from '../../i18n/i18n-store';
import type { MessageKey } from '../../i18n/translator';
import { DataText } from '../data-text';
import './contacts.css';

// CONTACT is not named: the heading says "Contact" already.
const ROLE_KEYS: Record<string, MessageKey> = {
  BACKUP: 'contact.role.backup',
  PRINCIPAL_INVESTIGATOR: 'contact.role.principalInvestigator',
  SUB_INVESTIGATOR: 'contact.role.subInvestigator',
  STUDY_CHAIR: 'contact.role.studyChair',
  STUDY_DIRECTOR: 'contact.role.studyDirector',
};

function Role({ role }: { role: string | null }) {
  const t = useT();
  if (!role || role === 'CONTACT') return null;
  const key = ROLE_KEYS[role];
  return (
    <span className="contact-role">
      {' · '}
      {key ? t(key) : <DataText text={role.replace(/_/g, ' ').toLowerCase()} />}
    </span>
  );
}

/** A phone number or email address: a link when it can be dialled or written to, else the text as given. */
function ContactLine({
  label,
  text,
  href,
  after,
}: {
  label: string;
  text: string;
  href: string | null;
  after?: string;
}) {
  return (
    <span className="contact-line">
      {href ? (
        <a href={href}>
          {label} <DataText text={text} />
        </a>
      ) : (
        <DataText text={text} />
      )}
      {after && ` ${after}`}
    </span>
  );
}

function ContactItem({ contact }: { contact: Contact }) {
  const t = useT();
  return (
    <li className="contact">
      {contact.name && (
        <span className="contact-name">
          <DataText text={contact.name} />
        </span>
      )}
      <Role role={contact.role} />
      {contact.phone && (
        <ContactLine
          label={t('contact.phone')}
          text={contact.phone}
          href={telHref(contact.phone, contact.phoneExt)}
          after={contact.phoneExt ? t('contact.extension', { ext: contact.phoneExt }) : undefined}
        />
      )}
      {contact.email && (
        <ContactLine label={t('contact.email')} text={contact.email} href={mailtoHref(contact.email)} />
      )}
    </li>
  );
}

function ContactList({ contacts }: { contacts: Contact[] }) {
  return (
    <ul className="contact-list">
      {contacts.map((contact, i) => (
        <ContactItem key={i} contact={contact} />
      ))}
    </ul>
  );
}

/** The site's contacts, else the trial's central contacts, else a plain statement and the next best. */
export function SiteContacts({
  site,
  trial,
  compact = false,
}: {
  site: Pick<SiteDetail, 'contacts'>;
  trial: Trial;
  /** In the near-me answer: reachable contacts only, no officials, and the registry page when none. */
  compact?: boolean;
}) {
  const t = useT();
  const plan = siteContacts(site.contacts, trial);
  // The details panel links the registry page below already.
  const registry: ReactNode = compact && trial.nctId && (
    <a href={ctgovStudyUrl(trial.nctId)} target="_blank" rel="noopener noreferrer">
      {t('contact.registryLink', { id: trial.nctId })}
    </a>
  );
  if (plan.source === 'site') {
    return <ContactList contacts={compact ? plan.site.filter((c) => c.phone || c.email) : plan.site} />;
  }
  if (plan.source === 'trial') {
    return (
      <>
        <p className="details-note">{t('contact.siteNoneTrialHas')}</p>
        <ContactList contacts={plan.central} />
        {!compact && plan.site.length > 0 && (
          <>
            <p className="details-note">{t('contact.atThisSite')}</p>
            <ContactList contacts={plan.site} />
          </>
        )}
      </>
    );
  }
  const institutions = [...new Set(plan.officials.flatMap((o) => (o.affiliation ? [o.affiliation] : [])))];
  return (
    <>
      <p className="details-note">{t('contact.none')}</p>
      {!compact && plan.site.length > 0 && <ContactList contacts={plan.site} />}
      {!compact && institutions.length > 0 && (
        <p className="details-note">
          {t('contact.institution')} <DataText text={institutions.join('; ')} />
        </p>
      )}
      {registry && <p className="details-note">{registry}</p>}
    </>
  );
}

/** Facility, place line and country as one block of text to copy into a letter or a route planner. */
export function SiteAddress({ site }: { site: SiteDetail }) {
  const formats = useFormats();
  const lines = addressLines({ ...site, countryName: formats.country(site.country) });
  return (
    <address className="site-address">
      {lines.map((line, i) => (
        <span key={i} className="site-address-line">
          <DataText text={line} />
        </span>
      ))}
    </address>
  );
}
