// The raster tiles this build draws (VITE_TILE_URL at build time); null when only the embedded basemap is.
import { tileTemplate } from '../../core/tile-source';

export const TILE_TEMPLATE = tileTemplate(import.meta.env.VITE_TILE_URL);
