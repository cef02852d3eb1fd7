// The coverage view: loads what the report needs (on first use) and says so while it does, or what failed.
import { loadCoverageBase, loadCoverageGazetteer, useLoadable } from '../../state/coverage-data';
import { gazetteerUrl } from '../../data/load-gazetteer';
import { useAppStore } from '../../state/store';
import { CoverageReport } from './coverage-report';
import './coverage.css';

export function CoverageView() {
  const name = useAppStore((state) => state.datasetName) ?? 'default';
  const [base, retryBase] = useLoadable(name, loadCoverageBase);
  const [gazetteer, retryGazetteer] = useLoadable(gazetteerUrl(), loadCoverageGazetteer);
  if (base.status === 'loading') return <p className="coverage-empty">Preparing the coverage report…</p>;
  if (base.status === 'error') {
    return (
      <div className="coverage-error" role="alert">
        <p>The coverage report could not be prepared: {base.message}</p>
        <button type="button" className="coverage-button" onClick={retryBase}>
          Retry
        </button>
      </div>
    );
  }
  return <CoverageReport base={base.value} gazetteer={gazetteer} onRetryGazetteer={retryGazetteer} />;
}
