// The raster tile layer's source: the {z}/{x}/{y} template set by VITE_TILE_URL at build time, or none.
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The template to draw, or null when raster tiles are turned off ("off" or empty). */
export function tileTemplate(setting: string | undefined): string | null {
  if (setting === undefined) return DEFAULT_TILE_URL;
  const value = setting.trim();
  return value === '' || value.toLowerCase() === 'off' ? null : value;
}

/**
 * The Content-Security-Policy source that allows the template's server: its scheme and host, with a
 * `{s}` subdomain as `*` ("https://*.tile.example.org"). Null for a template on the app's own server.
 * Throws when the template is not a URL a policy can name, so a mistyped setting fails the build.
 */
export function tileSource(template: string): string | null {
  if (template.startsWith('/') && !template.startsWith('//')) return null;
  const match = /^(https?:)\/\/([^/?#]+)/i.exec(template);
  const host = match?.[2]?.replace(/\{s\}/g, '*');
  if (!match || !host || !/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) {
    throw new Error(
      `VITE_TILE_URL must be an http(s) URL template or "off", not ${JSON.stringify(template)}`,
    );
  }
  return `${match[1]!.toLowerCase()}//${host.toLowerCase()}`;
}
