// The coverage view: asks the engine for the report's figures and says so while it computes, or what failed.
import { useT } from '../../i18n/i18n-store';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { latest, useEngineLoadable } from '../../state/use-engine-query';
import { CoverageReport } from './coverage-report';
import './coverage.css';

export function CoverageView() {
  const filters = useAppStore((state) => state.filters);
  const info = useResults((state) => state.info);
  // `info` is null until the engine holds a dataset, and new when another one is opened.
  const [coverage, retry] = useEngineLoadable(info && ((engine) => engine.coverage(filters)), [
    filters,
    info,
  ]);
  const t = useT();
  if (coverage.status === 'error') {
    return (
      <div className="coverage-error" role="alert">
        <p>{t('coverage.failed', { message: coverage.message })}</p>
        <button type="button" className="coverage-button" onClick={retry}>
          {t('load.retry')}
        </button>
      </div>
    );
  }
  // New filters: the last figures stay (marked busy) until the new ones arrive.
  const shown = latest(coverage);
  if (!shown || !info) {
    return (
      <p className="coverage-empty" role="status">
        {t('coverage.preparing')}
      </p>
    );
  }
  return <CoverageReport coverage={shown} info={info} busy={coverage.status === 'loading'} />;
}
