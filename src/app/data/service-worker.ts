// Registers the service worker that lets the app open offline (the production build only: the development
// server's stub does nothing). A new version installs in the background and waits: `onUpdate` hands over the
// function that switches to it and reloads, to be called when the person chooses.
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(onUpdate: (apply: () => Promise<void>) => void): void {
  const update = registerSW({
    onNeedRefresh: () => onUpdate(() => update()),
    // Without it the app still works online; nothing to tell the person.
    onRegisterError: (error: unknown) => console.warn('Offline use unavailable:', error),
  });
}
