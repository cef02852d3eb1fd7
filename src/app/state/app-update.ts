// A new version of the app that is installed and waiting, and how to switch to it (null while there is none or
// the person has put it off).
import { create } from 'zustand';

export interface AppUpdate {
  /** Switches to the waiting version and reloads the page. */
  apply: (() => Promise<void>) | null;
}

export const useAppUpdate = create<AppUpdate>()(() => ({ apply: null }));
