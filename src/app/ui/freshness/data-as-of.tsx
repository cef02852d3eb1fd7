// "Data as of 12 March 2026", linked to where the data came from: the registry query a fetched dataset was
// built from, or the dataset file that names each trial's source file.
import type { ReactNode } from 'react';
import { useFormats, useT } from '../../i18n/i18n-store';
import { keyedParts } from '../../i18n/keyed-parts';
import { useDataDate, useDataSource } from '../../state/freshness';
import './freshness.css';

export function DataAsOf() {
  const t = useT();
  const formats = useFormats();
  const date = useDataDate();
  const source = useDataSource();
  if (!date) return null;
  return (
    <p className="data-as-of">
      {keyedParts(
        t.rich<ReactNode>('freshness.dataAsOf', { date: <time dateTime={date}>{formats.date(date)}</time> }),
      )}
      {source && (
        <>
          {' · '}
          <a href={source.url} target="_blank" rel="noreferrer">
            {t(source.kind === 'query' ? 'freshness.sourceQuery' : 'freshness.sourceFiles')}
          </a>
        </>
      )}
    </p>
  );
}
