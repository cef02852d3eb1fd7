// "Copy link": copies the link to the current view and confirms it; where the clipboard cannot be used,
// shows the link selected for copying by hand. "Include my location" adds a chosen location (off by default).
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { currentLink, useLinkState } from '../../state/url-sync';
import './share.css';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // permission refused, insecure context, or an iframe without clipboard access
  }
}

export function CopyLink() {
  // A place chosen by name is in every link; the option is for a position (the device's, a point on the map).
  const hasLocation = useAppStore((state) => state.near !== null && !state.near.place?.key);
  const includeLocation = useLinkState((state) => state.includeLocation);
  const setIncludeLocation = useLinkState((state) => state.setIncludeLocation);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const t = useT();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);

  const copy = async () => {
    const link = currentLink(window.location, { includeLocation, embed: false });
    setOutcome((await copyText(link)) ? { kind: 'copied' } : { kind: 'manual', link });
  };

  // Focused and selected once drawn, so Ctrl+C (or ⌘C) copies it at once.
  useLayoutEffect(() => {
    if (outcome.kind === 'manual') field.current?.focus();
  }, [outcome]);

  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        {t('share.copyLink')}
      </button>
      {hasLocation && (
        <label className="copy-link-option">
          <input
            type="checkbox"
            checked={includeLocation}
            onChange={(event) => {
              setIncludeLocation(event.target.checked);
              setOutcome({ kind: 'idle' });
            }}
          />
          {t('share.includeLocation')}
        </label>
      )}
      {outcome.kind === 'manual' && (
        <div className="copy-link-manual">
          <label htmlFor={fieldId}>{t('print.linkRegion')}</label>
          <input
            id={fieldId}
            ref={field}
            type="text"
            readOnly
            value={outcome.link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
      <p className="visually-hidden-live" role="status" aria-live="polite">
        {outcome.kind === 'copied' && t('share.copied')}
        {outcome.kind === 'manual' && t('share.copyByHand')}
      </p>
    </div>
  );
}
