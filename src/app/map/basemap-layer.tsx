// The embedded vector basemap (Natural Earth countries from world-atlas), drawn under the raster tiles so the
// map stays useful offline. Clicking a country toggles it in the country filter; chosen countries are
// outlined above the tiles.
import type { Feature, Geometry } from 'geojson';
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { countryName } from '../../core/countries';
import { useAppStore } from '../state/store';

type CountryFeature = Feature<Geometry, { alpha2: string | null }>;

async function loadCountries(): Promise<CountryFeature[]> {
  const [topology, topojson, isoCountries] = await Promise.all([
    fetch(countriesUrl).then((response) => response.json()),
    import('topojson-client'),
    import('i18n-iso-countries'),
  ]);
  const collection = topojson.feature(topology, topology.objects.countries) as unknown as {
    features: Feature<Geometry, unknown>[];
  };
  return collection.features.map((feature) => ({
    ...feature,
    // world-atlas ids are ISO 3166-1 numeric codes; a few disputed areas have none.
    properties: {
      alpha2: feature.id === undefined ? null : (isoCountries.numericToAlpha2(String(feature.id)) ?? null),
    },
  }));
}

const LAND: L.PathOptions = { fillColor: '#f2efe6', fillOpacity: 1, color: '#a8a29a', weight: 0.7 };
const CHOSEN: L.PathOptions = { fillColor: '#0b4f6c', fillOpacity: 0.1, color: '#0b4f6c', weight: 2 };

export function BasemapLayer() {
  const map = useMap();
  const [features, setFeatures] = useState<CountryFeature[] | null>(null);
  const chosen = useAppStore((s) => s.filters.countries);

  useEffect(() => {
    let current = true;
    loadCountries().then(
      (loaded) => current && setFeatures(loaded),
      // Without the basemap the tiles (when reachable) and the sites still work.
      (error: unknown) => console.warn('Basemap unavailable:', error),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!features) return;
    if (!map.getPane('basemap')) map.createPane('basemap').style.zIndex = '150';
    const layer = L.geoJSON(features, {
      pane: 'basemap',
      style: () => LAND,
      attribution: 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
      onEachFeature: (feature: CountryFeature, path) => {
        const code = feature.properties.alpha2;
        if (!code) return;
        path.on('click', () => useAppStore.getState().toggleCountry(code));
        path.on('mouseover', () => (path as L.Path).setStyle({ fillColor: '#e6e0d0' }));
        path.on('mouseout', () => (path as L.Path).setStyle(LAND));
        // A tooltip names the country before the click (text only, via textContent).
        const label = document.createElement('span');
        label.textContent = countryName(code);
        path.bindTooltip(label, { sticky: true, direction: 'top', className: 'country-tooltip' });
      },
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, features]);

  useEffect(() => {
    if (!features || chosen.length === 0) return;
    if (!map.getPane('chosen')) map.createPane('chosen').style.zIndex = '350';
    const wanted = new Set(chosen);
    const layer = L.geoJSON(
      features.filter((feature) => feature.properties.alpha2 && wanted.has(feature.properties.alpha2)),
      { pane: 'chosen', style: () => CHOSEN, interactive: false },
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, features, chosen]);

  return null;
}
