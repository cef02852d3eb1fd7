// The status legend: each group's colour and shape, and what the numbers on markers mean. Folded on phones,
// where the map needs the room, open on wider screens.
import { useState } from 'react';
import { STATUS_GROUPS } from '../../core/status';
import { useT } from '../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../i18n/label-keys';
import { StatusSymbol } from '../ui/status-symbol';
import { isWideScreen } from '../ui/wide-screen';

export function MapLegend() {
  const [open] = useState(isWideScreen);
  const t = useT();
  return (
    <section className="map-legend" aria-label={t('legend.region')}>
      <details open={open}>
        <summary className="map-legend-title">{t('legend.title')}</summary>
        <ul>
          {STATUS_GROUPS.map((group) => (
            <li key={group}>
              <StatusSymbol group={group} size={14} />
              {t(STATUS_GROUP_KEYS[group])}
            </li>
          ))}
        </ul>
        <p className="map-legend-note">{t('legend.note')}</p>
      </details>
    </section>
  );
}
