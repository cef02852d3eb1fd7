// The first row of an exported CSV (data date, filters, source) in the language shown.
import { useMemo } from 'react';
import type { ContextWords } from '../../../core/export/context';
import { useT } from '../../i18n/i18n-store';

export function useContextWords(): ContextWords {
  const t = useT();
  return useMemo(
    () => ({
      dataAsOf: (date) => t('exportContext.dataAsOf', { date }),
      dateUnknown: t('exportContext.dateUnknown'),
      filters: (filters) => t('exportContext.filters', { filters }),
      noFilters: t('exportContext.noFilters'),
      source: (url) => t('exportContext.source', { url }),
    }),
    [t],
  );
}
