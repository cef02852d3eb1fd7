// "Download CSV" and "Download GeoJSON" of the sites the filters currently show.
import { useState } from 'react';
import { exportFileName, withCsvContext, withGeoJsonContext } from '../../../core/export/context';
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

export function ExportButtons() {
  const engine = useEngine();
  const count = useResults((results) =>
    results.load.status === 'ready' ? (results.summary?.count ?? null) : null,
  );
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const words = useContextWords();

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
      setMessage(`Saved ${count === 1 ? '1 site' : `${count?.toLocaleString('en')} sites`} as ${label}.`);
    } catch (error) {
      setMessage(`Could not save the ${label} file: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const disabled = count === null || busy;
  return (
    <div className="export-buttons" role="group" aria-label="Export sites">
      {(Object.keys(FORMATS) as Format[]).map((format) => (
        <button
          key={format}
          type="button"
          className="button secondary"
          disabled={disabled}
          onClick={() => void download(format)}
        >
          <span className="export-word">Download</span> {FORMATS[format].label}
        </button>
      ))}
      <p className="export-message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
