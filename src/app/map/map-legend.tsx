// The status legend: each group's colour and shape, and what the numbers on markers mean.
import { STATUS_GROUPS, STATUS_GROUP_LABELS } from '../../core/status';
import { StatusSymbol } from '../ui/status-symbol';

export function MapLegend() {
  return (
    <section className="map-legend" aria-label="Legend">
      <h2 className="map-legend-title">Site status</h2>
      <ul>
        {STATUS_GROUPS.map((group) => (
          <li key={group}>
            <StatusSymbol group={group} size={14} />
            {STATUS_GROUP_LABELS[group]}
          </li>
        ))}
      </ul>
      <p className="map-legend-note">Numbers count sites; a group takes the shape of its most open status.</p>
    </section>
  );
}
