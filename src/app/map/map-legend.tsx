// The status legend: each group's colour and shape, and what the numbers on markers mean. Folded on phones,
// where the map needs the room, open on wider screens.
import { useState } from 'react';
import { STATUS_GROUPS, STATUS_GROUP_LABELS } from '../../core/status';
import { StatusSymbol } from '../ui/status-symbol';
import { isWideScreen } from '../ui/wide-screen';

export function MapLegend() {
  const [open] = useState(isWideScreen);
  return (
    <section className="map-legend" aria-label="Legend">
      <details open={open}>
        <summary className="map-legend-title">Site status</summary>
        <ul>
          {STATUS_GROUPS.map((group) => (
            <li key={group}>
              <StatusSymbol group={group} size={14} />
              {STATUS_GROUP_LABELS[group]}
            </li>
          ))}
        </ul>
        <p className="map-legend-note">
          Numbers count sites; a group takes the shape of its most open status.
        </p>
      </details>
    </section>
  );
}
