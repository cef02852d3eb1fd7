// "Data as of 12 March 2026", linked to where the data came from: the registry query a fetched dataset was
// built from, or the dataset file that names each trial's source file.
import type { ReactNode } from 'react';
import { useFormats, useT } from '../../i18n/i18n-store';
import { keyedParts } from '../../i18n/keyed-parts';
import { useDataDate, useDataSource } from '../../state/freshness';
import { useResults } from '../../state/results';
import './freshness.css';

/** The sample date of the room kept: September's name is among the longest, so the real line seldom needs more. */
const SAMPLE_DATE = '2000-09-30';

interface Props {
  /**
   * While the data loads, keep the room the line will take (an invisible line of the same words), so that what
   * is below does not move down when it arrives: the header's, above the map.
   */
  reserve?: boolean;
}

export function DataAsOf({ reserve = false }: Props) {
  const t = useT();
  const formats = useFormats();
  const date = useDataDate();
  const source = useDataSource();
  const loading = useResults((results) => results.load.status === 'loading');
  if (!date) {
    return reserve && loading ? (
      <p className="data-as-of reserved" aria-hidden="true">
        {`${t('freshness.dataAsOf', { date: formats.date(SAMPLE_DATE) })} · ${t('freshness.sourceFiles')}`}
      </p>
    ) : null;
  }
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
