import react from '@vitejs/plugin-react';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
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

// The raster tile layer is optional: set VITE_TILE_URL to another template, or to "off" to draw only the
// embedded vector basemap. Tiles that fail to load leave the vector basemap in place either way.
export default defineConfig({
  plugins: [react(), dropTemporaryFiles(), messagesPlugin()],
  // Messages are parsed at build time (messagesPlugin), so the app ships intl-messageformat without its parser.
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
