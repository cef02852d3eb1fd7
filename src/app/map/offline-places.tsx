// Town and city names with dots, from the place list Near me uses, for when the street map cannot be drawn:
// so a person still sees where a site is relative to their town. More names appear as the map zooms in.
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { GazetteerFile } from '../../core/gazetteer-format';
import { placeLabels, populationFloor } from '../../core/place-labels';
import { placeIndexOnce } from '../data/load-gazetteer';

const MOST_LABELS = 80;
/** Candidates measured per view: the most populous in view, so a zoomed-out view stays cheap. */
const MOST_CANDIDATES = 600;
const LABEL_HEIGHT = 16;
/** A rough width per character of the label font; close enough to keep names from overlapping. */
const CHARACTER_WIDTH = 6.6;

/** Cities this big are named in a larger type, as on a printed map. */
const CITY = 500_000;

function labelIcon(name: string, population: number): L.DivIcon {
  const root = document.createElement('div');
  root.className = population >= CITY ? 'offline-place city' : 'offline-place';
  const text = document.createElement('span');
  text.textContent = name; // data as text, never as markup
  root.append(text);
  return L.divIcon({ html: root, className: 'offline-place-host', iconSize: [0, 0] });
}

function drawLabels(map: L.Map, file: GazetteerFile, group: L.LayerGroup): void {
  group.clearLayers();
  const bounds = map.getBounds().pad(0.05);
  const floor = populationFloor(map.getZoom());
  const rows: number[] = [];
  for (let row = 0; row < file.name.length; row++) {
    if (file.population[row]! >= floor && bounds.contains([file.lat[row]!, file.lon[row]!])) rows.push(row);
  }
  rows.sort((a, b) => file.population[b]! - file.population[a]! || a - b);
  const candidates = rows.slice(0, MOST_CANDIDATES);
  const boxes = candidates.map((row) => {
    const point = map.latLngToContainerPoint([file.lat[row]!, file.lon[row]!]);
    return {
      x: point.x - 4,
      y: point.y - LABEL_HEIGHT / 2,
      width: 12 + file.name[row]!.length * CHARACTER_WIDTH * (file.population[row]! >= CITY ? 1.2 : 1),
      height: LABEL_HEIGHT,
    };
  });
  for (const index of placeLabels(boxes, MOST_LABELS)) {
    const row = candidates[index]!;
    L.marker([file.lat[row]!, file.lon[row]!], {
      icon: labelIcon(file.name[row]!, file.population[row]!),
      interactive: false,
      keyboard: false,
      pane: 'offline-places',
    }).addTo(group);
  }
}

export function OfflinePlaces() {
  const map = useMap();
  const [file, setFile] = useState<GazetteerFile | null>(null);
  const [group] = useState(() => L.layerGroup());
  const [view, setView] = useState(0);
  useMapEvents({ moveend: () => setView((v) => v + 1) });

  useEffect(() => {
    let current = true;
    placeIndexOnce().then(
      (index) => current && setFile(index.file),
      // Without the place list the countries and the sites are still drawn.
      (error: unknown) => console.warn('Place names unavailable:', error),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!map.getPane('offline-places')) {
      const pane = map.createPane('offline-places');
      pane.style.zIndex = '380'; // above the countries, below the markers
      pane.setAttribute('aria-hidden', 'true'); // context for the eye; the site list names every place
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  useEffect(() => {
    if (file) drawLabels(map, file, group);
  }, [map, file, group, view]);

  return null;
}
