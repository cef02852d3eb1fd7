import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, loadEnv, type Plugin, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  contentSecurityPolicy,
  headersFile,
  REFERRER_POLICY,
  securityHeaders,
} from './src/core/content-policy';
import { tileTemplate } from './src/core/tile-source';
import { messagesPlugin } from './src/app/i18n/messages-plugin';
import { preactAliases } from './src/app/preact-aliases';

// A build killed mid-write may have left temporary files in public/; they are never shipped.
function dropTemporaryFiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-temporary-files',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true }))
        if (entry.isFile() && entry.name.endsWith('.tmp')) rmSync(path.join(entry.parentPath, entry.name));
    },
  };
}

/**
 * The built page's Content-Security-Policy and referrer policy, as <meta> tags at the top of index.html, and
 * the same as response headers in `_headers` (for hosts that read it) and from the preview server. The
 * development server goes without: its hot reloading runs inline scripts.
 */
function securityPolicy(tiles: string | null): Plugin {
  return {
    name: 'trial-atlas:security-policy',
    apply: 'build',
    // Right after the charset, before any script or stylesheet the policy must cover.
    transformIndexHtml: (html) => {
      const charset = /<meta charset="UTF-8" \/>\n?/i;
      if (!charset.test(html)) throw new Error('index.html: the security policy goes after <meta charset>');
      const meta = [
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(tiles)}" />`,
        `<meta name="referrer" content="${REFERRER_POLICY}" />`,
      ];
      return html.replace(charset, (tag) => `${tag}${meta.map((line) => `    ${line}\n`).join('')}`);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(tiles) });
    },
  };
}

/**
 * Installable, and opens offline: a web app manifest, and a service worker (Workbox) that precaches the app,
 * the embedded dataset, the country shapes and the place list, so the map, its sites and Near me by place
 * name work without a connection once the app has been opened. A dataset opened by name is kept once used
 * (the network first, so fresh data wins, the kept copy when offline). Street tiles are never stored (the
 * tile server's usage policy): the map has its offline city map instead. A new version waits until the
 * person chooses to reload (src/app/data/service-worker.ts registers it from the app's own script).
 */
function offlineApp(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      id: '/',
      name: 'Trial Atlas',
      short_name: 'Trial Atlas',
      description:
        'Find clinical-trial sites on a map, filter them by country and status, and share the view.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b4f6c',
      background_color: '#f3f6f9',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // The embedded dataset only: a named one may be a million sites, kept only once someone opens it.
      globPatterns: [
        'index.html',
        'assets/**/*.{js,css,json}',
        'data/default/*',
        'data/gazetteer.json',
        '*.{svg,png}',
      ],
      // The place list is the largest file (2.4 MB before compression).
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/data\//],
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/data\/[^/]+\/[^/]+$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'trial-atlas-datasets', expiration: { maxEntries: 16 } },
        },
      ],
    },
  });
}

// The raster tile layer is optional: set VITE_TILE_URL to another template, or to "off" to draw only the
// embedded vector basemap (the policy then allows no tile server). Tiles that fail to load leave the
// vector basemap in place either way. SOURCE_MAPS=1 emits source maps; visitors get none by default.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const tiles = tileTemplate(env.VITE_TILE_URL);
  return {
    plugins: [dropTemporaryFiles(), securityPolicy(tiles), messagesPlugin(), offlineApp()],
    // Messages are parsed at build time (messagesPlugin), so the app ships intl-messageformat without its parser.
    resolve: {
      alias: [
        ...preactAliases,
        {
          find: /^@formatjs\/icu-messageformat-parser$/,
          replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
        },
      ],
    },
    build: { target: 'es2022', sourcemap: env.SOURCE_MAPS === '1' },
    worker: { format: 'es' },
    preview: { headers: securityHeaders(tiles) },
  };
});
