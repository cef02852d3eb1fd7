// A facet option's count: the number on screen, "17 sites" for assistive technology (as one text, so every
// accessible-name algorithm reads the space). A filter change re-renders hundreds of options: one whose count
// is the same is skipped, and each count's words are formatted once per language.
import { memo } from 'react';
import { useFormats, useT } from '../../i18n/i18n-store';
import type { Translate } from '../../i18n/translator';
import { boundedCache, type BoundedCache } from '../../../core/bounded-cache';

const spoken = new WeakMap<Translate, BoundedCache<string>>();

function sitesText(t: Translate, count: number): string {
  let byCount = spoken.get(t);
  if (!byCount) spoken.set(t, (byCount = boundedCache(10_000)));
  return byCount(String(count), () => t('results.sites', { count }));
}

export const SiteCount = memo(function SiteCount({ id, count }: { id: string; count: number }) {
  const t = useT();
  const formats = useFormats();
  return (
    <span className="facet-count" id={id}>
      <span aria-hidden="true">{formats.count(count)}</span>
      <span className="visually-hidden">{sitesText(t, count)}</span>
    </span>
  );
});
