// One Retry for the sites' text (site-text.bin): the list's names and a site's details both wait for it, so
// asking again from either asks again for both, and neither goes on saying it failed once it is in.
import { create } from 'zustand';

/** How many times the person has asked for the sites' text again. */
export const useSiteTextAttempt = create<{ attempt: number }>()(() => ({ attempt: 0 }));

export function retrySiteText(): void {
  useSiteTextAttempt.setState(({ attempt }) => ({ attempt: attempt + 1 }));
}
