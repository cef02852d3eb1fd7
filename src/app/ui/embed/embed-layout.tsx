// Embed mode (`embed=1`): the map alone, for a sponsor's page in an iframe. Filters are fixed by the link;
// a small legend explains the symbols and "Open full map" opens the same view in the full app.
import type { ReactNode } from 'react';
import { encodeViewState } from '../../../core/url-codec';
import { STATUS_GROUPS, STATUS_GROUP_LABELS } from '../../../core/status';
import { useAppStore } from '../../state/store';
import { linkViewState, useLinkState } from '../../state/url-sync';
import { ResultCount } from '../result-count';
import { StatusSymbol } from '../status-symbol';
import './embed.css';

export function EmbedLegend() {
  return (
    <ul className="embed-legend" aria-label="Legend">
      {STATUS_GROUPS.map((group) => (
        <li key={group}>
          <StatusSymbol group={group} size={12} />
          {STATUS_GROUP_LABELS[group]}
        </li>
      ))}
    </ul>
  );
}

export function OpenFullMap() {
  const includeLocation = useLinkState((state) => state.includeLocation);
  const search = useAppStore((state) =>
    encodeViewState(linkViewState(state, { includeLocation, embed: false })),
  );
  return (
    <a className="embed-open" href={`${window.location.pathname}${search}`} target="_blank" rel="noopener">
      Open full map
    </a>
  );
}

/** The whole page in embed mode: `map` fills it, the rest floats over its corners. */
export function EmbedLayout({ map }: { map: ReactNode }) {
  return (
    <main className="embed-layout" aria-label="Trial Atlas map">
      <h1 className="embed-title">Trial Atlas</h1>
      <div className="embed-map">{map}</div>
      <div className="embed-panel">
        <ResultCount />
        <EmbedLegend />
        <OpenFullMap />
      </div>
    </main>
  );
}
