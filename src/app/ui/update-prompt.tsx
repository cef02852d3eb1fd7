// Offers the new version of the app once it is installed; the page reloads only when the person says so.
import { useState } from 'react';
import { useT } from '../i18n/i18n-store';
import { useAppUpdate } from '../state/app-update';
import './update-prompt.css';

export function UpdatePrompt() {
  const apply = useAppUpdate((state) => state.apply);
  const [reloading, setReloading] = useState(false);
  const t = useT();
  if (!apply) return null;
  return (
    <section className="update-prompt" role="status" aria-label={t('update.region')}>
      <p>{t('update.available')}</p>
      <div className="update-prompt-actions">
        <button
          type="button"
          className="button"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void apply();
          }}
        >
          {t('update.reload')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => useAppUpdate.setState({ apply: null })}
        >
          {t('update.later')}
        </button>
      </div>
    </section>
  );
}
