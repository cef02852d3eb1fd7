// The Content-Security-Policy and referrer policy the built app ships with: written into index.html as
// <meta> tags, and into a headers file for hosts (only a header can say who may frame the app).
import { tileSource } from './tile-source';

/** Tile requests carry the app's origin (OpenStreetMap's tile policy asks for it), never the page's path. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The policy for a build whose raster tiles come from `tileTemplate` (null: no raster tiles). Scripts,
 * workers, data and styles come from the app's own origin only; images and connections also from the tile
 * server; nothing may be inline. `header` adds what a <meta> policy cannot carry: `frame-ancestors *`, since the embed mode is
 * made for iframes on other sites (a host may narrow it to its own pages).
 */
export function contentSecurityPolicy(tileTemplate: string | null, header = false): string {
  const tiles = tileTemplate === null ? null : tileSource(tileTemplate);
  const withTiles = (...sources: string[]) => (tiles ? [...sources, tiles] : sources);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // No inline styles either: Leaflet, React and the list set styles through the CSSOM, which the policy
    // does not govern, and Vite loads a lazy chunk's CSS as a file.
    ['style-src', ["'self'"]],
    // data: for the small images Vite inlines into the stylesheets (Leaflet's controls).
    ['img-src', withTiles("'self'", 'data:')],
    ['connect-src', withTiles("'self'")],
    ['worker-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  if (header) directives.push(['frame-ancestors', ['*']]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The headers, for servers configured in code (the preview server). */
export function securityHeaders(tileTemplate: string | null): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(tileTemplate, true),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The same headers as a file for static hosts that read one (Netlify, Cloudflare Pages: `_headers`). */
export function headersFile(tileTemplate: string | null): string {
  const headers = Object.entries(securityHeaders(tileTemplate)).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for every page of Trial Atlas, written by the build.',
    '/*',
    ...headers,
    '',
  ].join('\n');
}
