// Coverage rings: a circle of the chosen radius around each distinct point of the filtered sites.
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { CoverageSummary } from '../data/site-engine';

export interface CoverageRingsProps {
  /** The distinct points of the filtered sites. */
  points: CoverageSummary['points'];
  radiusKm: number;
}

const RING_STYLE: L.CircleMarkerOptions = {
  interactive: false,
  color: '#0b4f6c',
  weight: 1.5,
  opacity: 0.85,
  fillColor: '#2a9d8f',
  fillOpacity: 0.12,
};

export function CoverageRings({ points, radiusKm }: CoverageRingsProps) {
  const map = useMap();
  // One canvas for all rings: thousands of SVG circles would slow panning.
  const renderer = useMemo(() => L.canvas({ padding: 0.2 }), []);

  useEffect(() => {
    const group = L.layerGroup();
    for (let i = 0; i < points.lat.length; i++) {
      const center = L.latLng(points.lat[i] ?? 0, points.lon[i] ?? 0);
      L.circle(center, { ...RING_STYLE, radius: radiusKm * 1000, renderer }).addTo(group);
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, points, radiusKm, renderer]);

  return null;
}
