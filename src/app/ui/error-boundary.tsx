// Catches a rendering failure and says so, with a way back, instead of leaving a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-store';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Trial Atlas stopped on an error:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ErrorMessage error={this.state.error} onTryAgain={() => this.setState({ error: null })} />;
  }
}

function ErrorMessage({ error, onTryAgain }: { error: Error; onTryAgain: () => void }) {
  const t = useT();
  return (
    <div className="app-message" role="alert">
      <h2>{t('error.title')}</h2>
      <p>{t('error.text')}</p>
      <p className="app-message-detail">{error.message}</p>
      <div className="app-message-actions">
        <button type="button" className="button" onClick={onTryAgain}>
          {t('error.tryAgain')}
        </button>
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </div>
  );
}
