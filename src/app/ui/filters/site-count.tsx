// A facet option's count: the number on screen, "17 sites" for assistive technology (as one text, so every
// accessible-name algorithm reads the space).
import { useFormats, useT } from '../../i18n/i18n-store';

export function SiteCount({ id, count }: { id: string; count: number }) {
  const t = useT();
  const formats = useFormats();
  return (
    <span className="facet-count" id={id}>
      <span aria-hidden="true">{formats.count(count)}</span>
      <span className="visually-hidden">{t('results.sites', { count })}</span>
    </span>
  );
}
