import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The raster tile layer is optional: set VITE_TILE_URL to another template, or to "off" to draw only the
// embedded vector basemap. Tiles that fail to load leave the vector basemap in place either way.
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
