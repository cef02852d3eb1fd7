import react from '@vitejs/plugin-react';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import {
  contentSecurityPolicy,
  headersFile,
  REFERRER_POLICY,
  securityHeaders,
} from './src/core/content-policy';
import { tileTemplate } from './src/core/tile-source';
import { messagesPlugin } from './src/app/i18n/messages-plugin';

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

// The raster tile layer is optional: set VITE_TILE_URL to another template, or to "off" to draw only the
// embedded vector basemap (the policy then allows no tile server). Tiles that fail to load leave the
// vector basemap in place either way. SOURCE_MAPS=1 emits source maps; visitors get none by default.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const tiles = tileTemplate(env.VITE_TILE_URL);
  return {
    plugins: [react(), dropTemporaryFiles(), securityPolicy(tiles), messagesPlugin()],
    // Messages are parsed at build time (messagesPlugin), so the app ships intl-messageformat without its parser.
    resolve: {
      alias: [
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
