// "Status may be out of date": the trial's status was last verified more than 12 months before the data date.
import { useFormats, useT } from '../../i18n/i18n-store';
import { useStatusMayBeStale } from '../../state/freshness';
import './freshness.css';

export function StaleMark({
  statusVerifiedDate,
  verbose = false,
  separator = false,
  block = false,
}: {
  /** When ClinicalTrials.gov last verified the trial's status. */
  statusVerifiedDate: string | null | undefined;
  /** Adds when the status was last verified. */
  verbose?: boolean;
  /** Starts with " · ", to follow other notes on one line. */
  separator?: boolean;
  /** On a line of its own. */
  block?: boolean;
}) {
  const t = useT();
  const formats = useFormats();
  const stale = useStatusMayBeStale(statusVerifiedDate);
  if (!stale || !statusVerifiedDate) return null;
  return (
    <span className={block ? 'stale-mark block' : 'stale-mark'}>
      {separator && ' · '}
      <span aria-hidden="true">⚠ </span>
      {verbose
        ? t('freshness.staleVerified', { date: formats.date(statusVerifiedDate) })
        : t('freshness.stale')}
    </span>
  );
}
