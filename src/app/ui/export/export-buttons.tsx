// "Download CSV" and "Download GeoJSON" of the sites the filters currently show.
import { useState } from 'react';
import { useEngine } from '../../state/engine-context';
import { useResults } from '../../state/results';
import { downloadFile } from './download-file';
import './export.css';

const FORMATS = {
  csv: { label: 'CSV', fileName: 'trial-atlas-sites.csv', type: 'text/csv;charset=utf-8' },
  geojson: { label: 'GeoJSON', fileName: 'trial-atlas-sites.geojson', type: 'application/geo+json' },
} as const;

type Format = keyof typeof FORMATS;

export function ExportButtons() {
  const engine = useEngine();
  const count = useResults((results) =>
    results.load.status === 'ready' ? (results.summary?.count ?? null) : null,
  );
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async (format: Format) => {
    const { label, fileName, type } = FORMATS[format];
    setBusy(true);
    try {
      downloadFile(await engine.exportSites(format), fileName, type);
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
