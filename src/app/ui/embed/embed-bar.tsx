// Embed mode (`embed=1`): the map alone, for a sponsor's page in an iframe. Filters are fixed by the link; this
// bar over the map gives the count and "Open full map" (the same view, without embed, in a new tab).
import { encodeViewState } from '../../../core/url-codec/codec';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { linkViewState, useLinkState } from '../../state/url-sync';
import { resultCountText } from '../result-count';
import { LinkNotices } from '../share/link-notices';
import './embed.css';

export function EmbedBar() {
  const includeLocation = useLinkState((state) => state.includeLocation);
  const search = useAppStore((state) =>
    encodeViewState(linkViewState(state, { includeLocation, embed: false })),
  );
  const summary = useResults((results) => results.summary);
  return (
    <nav className="embed-bar" aria-label="Trial Atlas">
      {summary && (
        <p className="embed-count">
          {resultCountText(summary.count, summary.countryCount, summary.total, false)}
        </p>
      )}
      <a href={`${window.location.pathname}${search}`} target="_blank" rel="noopener">
        Open full map<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      {/* The page's header is hidden in an embed: say here what the link asked for that could not be used. */}
      <LinkNotices />
    </nav>
  );
}
