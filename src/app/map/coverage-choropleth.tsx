// Shades each country of the basemap by its number of filtered sites (the legend says the ranges in words).
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { CLASS_COLOURS, classOf, type CountClass } from '../../core/coverage/classes';
import { loadCountryShapes, type CountryProperties, type CountryShapes } from './country-shapes';

export interface CoverageChoroplethProps {
  /** Filtered sites per ISO alpha-2 code. */
  counts: ReadonlyMap<string, number>;
  classes: readonly CountClass[];
}

/** The path style of a country: its class's shade, or nothing at all (the basemap shows through). */
export function styleFor(counts: ReadonlyMap<string, number>, classes: readonly CountClass[]) {
  return (country?: GeoJSON.Feature<GeoJSON.Geometry, CountryProperties>): L.PathOptions => {
    const count = country ? (counts.get(country.properties.code) ?? 0) : 0;
    const shade = classOf(classes, count);
    return shade
      ? { fillColor: CLASS_COLOURS[shade.shade], fillOpacity: 0.8, color: '#1d3557', weight: 1, opacity: 0.9 }
      : { fillOpacity: 0, opacity: 0, weight: 0 };
  };
}

export function CoverageChoropleth({ counts, classes }: CoverageChoroplethProps) {
  const map = useMap();
  const [shapes, setShapes] = useState<CountryShapes | null>(null);
  const layer = useRef<L.GeoJSON | null>(null);

  useEffect(() => {
    let live = true;
    loadCountryShapes().then(
      (loaded) => live && setShapes(loaded),
      () => {}, // without shapes the table and legend still tell the story
    );
    return () => {
      live = false;
    };
  }, []);

  // Created once per map; restyled below when the counts change.
  useEffect(() => {
    if (!shapes) return;
    if (!map.getPane('coverage-choropleth')) {
      const pane = map.createPane('coverage-choropleth');
      pane.style.zIndex = '390'; // above the basemap and tiles, below rings, markers and popups
      pane.style.pointerEvents = 'none';
    }
    const geoJson = L.geoJSON(shapes, { pane: 'coverage-choropleth', interactive: false }).addTo(map);
    layer.current = geoJson;
    return () => {
      geoJson.remove();
      layer.current = null;
    };
  }, [map, shapes]);

  useEffect(() => {
    layer.current?.setStyle(styleFor(counts, classes) as L.StyleFunction);
  }, [counts, classes, shapes]);

  return null;
}
