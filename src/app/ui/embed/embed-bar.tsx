// Embed mode (`embed=1`): the map alone, for a sponsor's page in an iframe. Filters are fixed by the link; this
// bar over the map gives the count and "Open full map" (the same view, without embed, in a new tab).
import { encodeViewState } from '../../../core/url-codec/codec';
import { useT } from '../../i18n/i18n-store';
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
  const t = useT();
  return (
    <nav className="embed-bar" aria-label="Trial Atlas">
      {summary && (
        <p className="embed-count">
          {resultCountText(t, summary.count, summary.countryCount, summary.total, false)}
        </p>
      )}
      <a href={`${window.location.pathname}${search}`} target="_blank" rel="noopener">
        {t('embed.openFullMap')}
        <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
      </a>
      {/* The page's header is hidden in an embed: say here what the link asked for that could not be used. */}
      <LinkNotices />
    </nav>
  );
}
