// Stable identifiers: trial slugs and site ids that survive rebuilds and reordering of sources.
import { createHash } from 'node:crypto';
import { foldName } from '../core/text-fold';
import type { SourceSite } from './readers/source-study';

/** A URL-safe slug of a title, e.g. "blinatumomab-for-acute-lymphoblastic-leukemia". */
export function slugify(title: string): string {
  const slug = foldName(title)
    .replace(/[^a-z0-9 ]+/g, '')
    .trim()
    .split(' ')
    .filter(Boolean)
    .join('-');
  // Long titles make unwieldy ids; a hash of the full title keeps truncated slugs distinct.
  if (slug.length <= 80) return slug || `trial-${shortHash(title)}`;
  return `${slug.slice(0, 71).replace(/-+$/, '')}-${shortHash(title)}`;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * Site ids: `<trialId>-<siteNumber>` when the source numbers its sites, else a hash of the address.
 * Exact duplicates get an occurrence suffix (-2, -3, ...) in source order.
 */
export function siteIds(trialId: string, sites: readonly SourceSite[]): string[] {
  const seen = new Map<string, number>();
  return sites.map((site) => {
    const base =
      site.siteNumber !== null
        ? `${trialId}-${site.siteNumber}`
        : `${trialId}-${shortHash(
            [site.facility, site.city, site.state, site.zip, site.country]
              .map((part) => part ?? '')
              .join('|'),
          )}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
