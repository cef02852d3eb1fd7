// The coverage view: loads what the report needs (on first use) and says so while it does, or what failed.
import { loadCoverageBase, loadCoverageGazetteer, useLoadable } from '../../state/coverage-data';
import { gazetteerUrl } from '../../data/load-gazetteer';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { CoverageReport } from './coverage-report';
import './coverage.css';

export function CoverageView() {
  const name = useAppStore((state) => state.datasetName) ?? 'default';
  const [base, retryBase] = useLoadable(name, loadCoverageBase);
  const [gazetteer, retryGazetteer] = useLoadable(gazetteerUrl(), loadCoverageGazetteer);
  const t = useT();
  if (base.status === 'loading') return <p className="coverage-empty">{t('coverage.preparing')}</p>;
  if (base.status === 'error') {
    return (
      <div className="coverage-error" role="alert">
        <p>{t('coverage.failed', { message: base.message })}</p>
        <button type="button" className="coverage-button" onClick={retryBase}>
          {t('load.retry')}
        </button>
      </div>
    );
  }
  return <CoverageReport base={base.value} gazetteer={gazetteer} onRetryGazetteer={retryGazetteer} />;
}
