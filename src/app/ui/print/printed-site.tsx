// One site on the printed list: where it is and how far, its status, whom to contact, its trial and who can join.
import type { DistanceUnit } from '../../../core/units';
import type { SiteDetail } from '../../data/site-engine';
import { useFormats, useT } from '../../i18n/i18n-store';
import { siteNameIn } from '../../i18n/site-name';
import { statusText } from '../../i18n/trial-words';
import { DataText } from '../data-text';
import { SiteContacts } from '../details/site-contacts';
import { whoCanJoinText } from '../who-can-join';

export function PrintedSite({ site, units }: { site: SiteDetail; units: DistanceUnit | null }) {
  const t = useT();
  const formats = useFormats();
  const { trial } = site;
  const place = [site.city, [site.state, site.zip].filter(Boolean).join(' '), formats.country(site.country)]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="print-site">
      <h3 className="print-site-name">
        <DataText text={siteNameIn(site, t)} />
      </h3>
      <p>
        <DataText text={place} />
        {units && site.distanceKm !== undefined && ` · ${formats.distance(site.distanceKm, units)}`}
      </p>
      <p>{t('print.status', { status: statusText(t, formats, site.status, trial) })}</p>
      <div className="print-contacts">
        <SiteContacts site={site} trial={trial} compact />
      </div>
      <p>
        {t('print.trial')} {trial.nctId && <strong>{trial.nctId} </strong>}
        <DataText text={trial.title} />
      </p>
      <p>{t('who.line', { who: whoCanJoinText(t, trial) })}</p>
    </li>
  );
}
