// The sites that share one point (city-level geocoding), as a list of buttons inside the map popup.
import { labelText } from '../../core/display-text';
import type { SiteSummary } from '../data/site-engine';
import { useT } from '../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../i18n/label-keys';
import { siteNameIn } from '../i18n/site-name';
import { DataText } from '../ui/data-text';
import { StatusSymbol } from '../ui/status-symbol';

interface Props {
  sites: SiteSummary[];
  total: number;
  onPick: (siteId: string) => void;
}

export function PointList({ sites, total, onPick }: Props) {
  const t = useT();
  const city = sites[0]?.city;
  const oneCity = city && sites.every((s) => s.city === city);
  return (
    <div className="point-list">
      <p className="point-list-title">
        {oneCity
          ? t('pointList.titleIn', { count: total, place: labelText(city) })
          : t('pointList.title', { count: total })}
      </p>
      <ul aria-label={t('pointList.list')}>
        {sites.map((site) => (
          <li key={site.id}>
            <button type="button" className="point-list-button" onClick={() => onPick(site.id)}>
              <StatusSymbol group={site.group} size={12} />
              <span>
                <DataText text={siteNameIn(site, t)} label />
                <span className="point-list-status">{t(STATUS_GROUP_KEYS[site.group])}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {total > sites.length && (
        <p className="point-list-more">{t('pointList.more', { shown: sites.length })}</p>
      )}
    </div>
  );
}
