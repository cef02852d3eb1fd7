// "Download CSV" and "Download GeoJSON" of the sites the filters currently show.
import { useState, type ReactNode } from 'react';
import { exportFileName, withCsvContext, withGeoJsonContext } from '../../../core/export/context';
import { useT } from '../../i18n/i18n-store';
import { keyedParts } from '../../i18n/keyed-parts';
import { useEngine } from '../../state/engine-context';
import { exportContext } from '../../state/freshness';
import { useResults } from '../../state/results';
import { useContextWords } from '../freshness/context-words';
import { downloadFile } from './download-file';
import './export.css';

const FORMATS = {
  csv: { label: 'CSV', type: 'text/csv;charset=utf-8' },
  geojson: { label: 'GeoJSON', type: 'application/geo+json' },
} as const;

type Format = keyof typeof FORMATS;

function DownloadIcon() {
  return (
    <svg className="export-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
      <path
        d="M10 3v10m-4-4 4 4 4-4M4 16h12"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function ExportButtons() {
  const engine = useEngine();
  const count = useResults((results) =>
    results.load.status === 'ready' ? (results.summary?.count ?? null) : null,
  );
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const words = useContextWords();
  const t = useT();

  const download = async (format: Format) => {
    const { label, type } = FORMATS[format];
    setBusy(true);
    try {
      // The file says how old its data is and which filters made it, in its name and its content.
      const { filters, context } = exportContext(true);
      const fileName = exportFileName('sites', filters, context.dataDate, format);
      const text = await engine.exportSites(format);
      const withContext =
        format === 'csv' ? withCsvContext(text, context, words) : withGeoJsonContext(text, context);
      downloadFile(withContext, fileName, type);
      setMessage(t('export.saved', { count: count ?? 0, format: label }));
    } catch (error) {
      setMessage(t('export.failed', { format: label, message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const disabled = count === null || busy;
  return (
    <div className="export-buttons" role="group" aria-label={t('export.group')}>
      {(Object.keys(FORMATS) as Format[]).map((format) => (
        <button
          key={format}
          type="button"
          className="button secondary"
          disabled={disabled}
          onClick={() => void download(format)}
        >
          <DownloadIcon />
          {keyedParts(
            t.rich<ReactNode>('export.download', {
              format: FORMATS[format].label,
              word: (chunks) => <span className="export-word">{chunks}</span>,
            }),
          )}
        </button>
      ))}
      <p className="export-message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
