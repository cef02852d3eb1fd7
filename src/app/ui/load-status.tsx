// The dataset's loading state, and on failure what went wrong with a Retry button.
import { useFormats, useT } from '../i18n/i18n-store';
import type { MessageKey } from '../i18n/translator';
import { holdsZoom } from '../../core/overview/format';
import { useOverview, useResults, type LoadState } from '../state/results';
import { useAppStore } from '../state/store';

type ErrorKind = Extract<LoadState, { status: 'error' }>['kind'];

const MESSAGES: Record<ErrorKind, { title: MessageKey; hint: MessageKey }> = {
  network: { title: 'load.network.title', hint: 'load.network.hint' },
  malformed: { title: 'load.malformed.title', hint: 'load.malformed.hint' },
  version: { title: 'load.version.title', hint: 'load.version.hint' },
  unexpected: { title: 'load.unexpected.title', hint: 'load.unexpected.hint' },
};

export function LoadStatus({ load, onRetry }: { load: LoadState; onRetry: () => void }) {
  const t = useT();
  const formats = useFormats();
  // The overview knows how many sites are coming.
  const coming = useResults((r) => r.overview?.siteCount);
  // It is drawn only for the unfiltered sites and down to its deepest zoom: past it, or with a link's filters,
  // the map stays empty until the sites are in. Until the map has settled, it shows the overview's fit.
  const overview = useOverview();
  const zoom = useAppStore((s) => s.map?.zoom);
  const mapShowsThem = overview !== null && (zoom === undefined || holdsZoom(overview, zoom));
  if (load.status === 'ready') return null;
  if (load.status === 'loading') {
    const { progress } = load;
    return (
      <div className="app-message loading" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>{coming === undefined ? t('load.loading') : t('load.loadingCount', { count: coming })}</p>
        {progress && progress.received > 0 && (
          <>
            <progress
              className="load-progress"
              value={progress.received}
              max={progress.total ?? undefined}
              aria-label={t('load.progressLabel')}
            />
            <p className="load-progress-text">
              {progress.total
                ? t('load.progress', {
                    received: formats.megabytes(progress.received),
                    total: formats.megabytes(progress.total),
                  })
                : t('load.received', { received: formats.megabytes(progress.received) })}
            </p>
          </>
        )}
        {coming !== undefined && (
          <p className="load-progress-text">{t(mapShowsThem ? 'load.whileLoading' : 'load.afterLoading')}</p>
        )}
      </div>
    );
  }
  return (
    <div className="app-message" role="alert">
      <h2>{t(MESSAGES[load.kind].title)}</h2>
      <p>{t(MESSAGES[load.kind].hint)}</p>
      <p className="app-message-detail">{load.message}</p>
      <div className="app-message-actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('load.retry')}
        </button>
      </div>
    </div>
  );
}
