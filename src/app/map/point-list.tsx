// The sites that share one point (city-level geocoding), as a list of buttons inside the map popup.
import { labelText } from '../../core/display-text';
import { STATUS_GROUP_LABELS } from '../../core/status';
import type { SiteSummary } from '../data/site-engine';
import { DataText } from '../ui/data-text';
import { StatusSymbol } from '../ui/status-symbol';

interface Props {
  sites: SiteSummary[];
  total: number;
  onPick: (siteId: string) => void;
}

export function PointList({ sites, total, onPick }: Props) {
  const city = sites[0]?.city;
  return (
    <div className="point-list">
      <p className="point-list-title">
        {total} sites{city && sites.every((s) => s.city === city) ? ` in ${labelText(city)}` : ' here'}
      </p>
      <ul aria-label="Sites at this place">
        {sites.map((site) => (
          <li key={site.id}>
            <button type="button" className="point-list-button" onClick={() => onPick(site.id)}>
              <StatusSymbol group={site.group} size={12} />
              <span>
                <DataText text={site.name} label />
                <span className="point-list-status">{STATUS_GROUP_LABELS[site.group]}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {total > sites.length && (
        <p className="point-list-more">Showing {sites.length}: zoom in or filter to see the rest.</p>
      )}
    </div>
  );
}
