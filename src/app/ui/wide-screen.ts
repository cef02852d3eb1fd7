// Where the layout switches from the phone's tabs to the wide screen's side panel (the CSS uses 767px too).
import { useSyncExternalStore } from 'react';

export const PHONE_MEDIA = '(max-width: 767px)';

const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(PHONE_MEDIA) : null);

/** True on wide screens, and where media queries cannot be asked (tests without a layout). */
export function isWideScreen(): boolean {
  return !query()?.matches;
}

function subscribe(onChange: () => void): () => void {
  const media = query();
  media?.addEventListener?.('change', onChange);
  return () => media?.removeEventListener?.('change', onChange);
}

/** The phone layout, followed as the window is resized or turned. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, () => !isWideScreen());
}
