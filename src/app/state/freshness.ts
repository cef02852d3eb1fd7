// How fresh the loaded dataset is, for the views that say so; the rules themselves are in core/freshness.
import { filterParameters, type ExportContext } from '../../core/export/context';
import { dataDate, dataSource, sourceQueryUrl, statusMayBeStale } from '../../core/freshness';
import type { Filters } from '../../core/view-state';
import { datasetUrl } from '../data/load-dataset';
import { useResults } from './results';
import { useAppStore } from './store';

/** The data date (YYYY-MM-DD or coarser) of the loaded dataset; null while loading or when unknown. */
export function useDataDate(): string | null {
  return useResults((results) => dataDate(results.info?.builtFrom));
}

/** Where the loaded data came from: its registry query, or the dataset file naming its source files. */
export function useDataSource(): { kind: 'query' | 'files'; url: string } | null {
  const builtFrom = useResults((results) => results.info?.builtFrom);
  const name = useResults((results) => results.info?.name);
  return name === undefined ? null : dataSource(builtFrom, datasetUrl(name));
}

/** True when a status verified on that date is more than 12 months older than the loaded data. */
export function useStatusMayBeStale(statusVerifiedDate: string | null | undefined): boolean {
  return useResults((results) =>
    statusMayBeStale(statusVerifiedDate ?? null, dataDate(results.info?.builtFrom)),
  );
}

/**
 * What an export made now records: the data date, the filters (with the near-me radius when it narrows the
 * sites, never the location) and the source. Read at the click, outside React.
 */
export function exportContext(withRadius: boolean): { filters: Filters; context: ExportContext } {
  const { filters, near, radiusKm } = useAppStore.getState();
  const builtFrom = useResults.getState().info?.builtFrom;
  return {
    filters,
    context: {
      dataDate: dataDate(builtFrom),
      filters: filterParameters(filters, withRadius && near ? radiusKm : null),
      source: sourceQueryUrl(builtFrom),
    },
  };
}
