// A site's name as the page shows it: the facility as the source wrote it, or, for a site the source names only
// by its number, "Site 1106 (name not published)" in the language shown.
import type { SiteSummary } from '../data/site-engine';
import type { Translate } from './translator';

export function siteNameIn(site: Pick<SiteSummary, 'name' | 'unnamed'>, t: Translate): string {
  if (!site.unnamed) return site.name;
  const number = site.unnamed.siteNumber;
  return number ? t('site.unnamedNumbered', { number }) : t('site.unnamed');
}
