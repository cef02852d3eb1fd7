// The dataset's loading state, and on failure what went wrong with a Retry button.
import type { LoadState } from '../state/results';

const TITLES: Record<Extract<LoadState, { status: 'error' }>['kind'], string> = {
  network: 'The site data could not be downloaded',
  malformed: 'The site data is damaged',
  version: 'The site data is from another version of Trial Atlas',
  unexpected: 'The site data could not be opened',
};

const HINTS: Record<Extract<LoadState, { status: 'error' }>['kind'], string> = {
  network: 'Check the connection, then try again.',
  malformed:
    'The file does not match the dataset format. Trying again may help if it was only partly downloaded.',
  version:
    'Reload the page to get the matching version of the app; if that does not help, the dataset needs rebuilding.',
  unexpected: 'Try again; if it keeps failing, the dataset may need rebuilding.',
};

export function LoadStatus({ load, onRetry }: { load: LoadState; onRetry: () => void }) {
  if (load.status === 'ready') return null;
  if (load.status === 'loading') {
    return (
      <div className="app-message loading" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>Loading trial sites…</p>
      </div>
    );
  }
  return (
    <div className="app-message" role="alert">
      <h2>{TITLES[load.kind]}</h2>
      <p>{HINTS[load.kind]}</p>
      <p className="app-message-detail">{load.message}</p>
      <div className="app-message-actions">
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    </div>
  );
}
