// Town and city names with dots, from the place list Near me uses, for when the street map cannot be drawn:
// so a person still sees where a site is relative to their town. More names appear as the map zooms in; a name
// never covers a marker (it moves beside the marker standing on its place, or is left out).
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { placeLabels, type NamedPlace, type PlacedLabel } from '../../core/place-labels';
import type { Rect } from '../../core/spread-targets';
import { useEngine } from '../state/engine-context';
import { useResults } from '../state/results';
import { covers } from './marker-layout';
import { oncePerFrame } from './once-per-frame';

const MOST_LABELS = 80;
/** Candidates measured per view: the most populous in view, so a zoomed-out view stays cheap. */
const MOST_CANDIDATES = 600;
const PANE = 'offline-places';

/** Cities this big are named in a larger type, as on a printed map (offline-places.css sets both sizes). */
const CITY = 500_000;
const TYPE = { town: { size: 12, weight: 600 }, city: { size: 14.4, weight: 700 } };

type NameWidth = (name: string, city: boolean) => number;

/**
 * Measures names in the labels' type, each name once (the same towns are measured again at every move); a
 * rough width per character where the page cannot measure.
 */
function nameWidths(map: L.Map): NameWidth {
  const context = document.createElement('canvas').getContext('2d');
  let fonts: Record<'town' | 'city', string> | null = null;
  const known = new Map<string, number>();
  return (name, city) => {
    const type = city ? 'city' : 'town';
    if (!context) return name.length * TYPE[type].size * 0.6;
    const key = `${type}:${name}`;
    let width = known.get(key);
    if (width === undefined) {
      // Read on first use, when the map is styled; reading it at each redraw would ask the page for its style.
      if (!fonts) {
        const family = getComputedStyle(map.getContainer()).fontFamily || 'sans-serif';
        fonts = {
          town: `${TYPE.town.weight} ${TYPE.town.size}px ${family}`,
          city: `${TYPE.city.weight} ${TYPE.city.size}px ${family}`,
        };
      }
      context.font = fonts[type];
      width = Math.ceil(context.measureText(name).width) + 2;
      known.set(key, width);
    }
    return width;
  };
}

/**
 * Where a marker is, from what Leaflet and the marker layout wrote on it (its position, the icon's size and
 * anchor, the spread's offset): no layout of the page to read it back. Null for an icon without a set size.
 */
function boxFromStyle(map: L.Map, element: HTMLElement): Rect | null {
  const { width, height, marginLeft, marginTop, translate } = element.style;
  const [w, h] = [parseFloat(width), parseFloat(height)];
  if (!(w > 0 && h > 0)) return null;
  const at = map.layerPointToContainerPoint(L.DomUtil.getPosition(element));
  const [dx = 0, dy = 0] = translate ? translate.split(' ').map((part) => parseFloat(part) || 0) : [];
  return {
    x: at.x + (parseFloat(marginLeft) || 0) + dx,
    y: at.y + (parseFloat(marginTop) || 0) + dy,
    width: w,
    height: h,
  };
}

/** The markers on screen (sites, clusters, the near-me pin), in the map container's pixels. */
function markerBoxes(map: L.Map): Rect[] {
  const pane = map.getPane('markerPane');
  let origin: DOMRect | null = null;
  return [...(pane?.children ?? [])].flatMap((element) => {
    if (!(element instanceof HTMLElement) || element.style.visibility === 'hidden') return [];
    const styled = boxFromStyle(map, element);
    if (styled) return [styled];
    origin ??= map.getContainer().getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return [];
    return [{ x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height }];
  });
}

function labelIcon(name: string, city: boolean, label: PlacedLabel, at: L.Point): L.DivIcon {
  const root = document.createElement('div');
  root.className = `offline-place${city ? ' city' : ''}${label.dot ? ` dot-${label.dot}` : ''}`;
  root.style.width = `${label.box.width}px`;
  root.style.height = `${label.box.height}px`;
  root.style.transform = `translate(${label.box.x - at.x}px, ${label.box.y - at.y}px)`;
  const text = document.createElement('span');
  text.textContent = name; // data as text, never as markup
  root.append(text);
  return L.divIcon({ html: root, className: 'offline-place-host', iconSize: [0, 0] });
}

/** The place names in the view, placed where they cover no marker, no button and no other name. */
function drawLabels(map: L.Map, places: readonly NamedPlace[], group: L.LayerGroup, width: NameWidth): void {
  group.clearLayers();
  const points = places.map(({ lat, lon }) => map.latLngToContainerPoint([lat, lon]));
  const boxes = places.map((place, i) => {
    const city = place.population >= CITY;
    return { ...points[i]!, width: width(place.name, city), height: city ? 18 : 16 };
  });
  for (const label of placeLabels(boxes, markerBoxes(map), MOST_LABELS, { covered: covers(map) })) {
    const place = places[label.index]!;
    L.marker([place.lat, place.lon], {
      icon: labelIcon(place.name, place.population >= CITY, label, points[label.index]!),
      interactive: false,
      keyboard: false,
      pane: PANE,
    }).addTo(group);
  }
}

export function OfflinePlaces() {
  const map = useMap();
  const engine = useEngine();
  const [group] = useState(() => L.layerGroup());
  // The names are context: the place list (2 MB) is read once the sites are in, by the site engine off the
  // page's thread (reading it here took the page 200 ms at load), not while the first markers are drawn.
  const sitesIn = useResults((r) => r.load.status === 'ready');

  useEffect(() => {
    if (!map.getPane(PANE)) {
      const pane = map.createPane(PANE);
      pane.style.zIndex = '380'; // above the countries, below the markers
      pane.setAttribute('aria-hidden', 'true'); // context for the eye; the site list names every place
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  // Names are asked for again when the view moves, and placed again when the markers change (a new answer for
  // the view, a filter, a selection), so none is left under a marker. Placed once per frame, right after it is
  // painted: the markers are drawn without waiting for the names, and the names read the layout that frame
  // computed.
  useEffect(() => {
    if (!sitesIn) return;
    let current = true;
    let places: readonly NamedPlace[] = [];
    // From the start of a move until the engine answers for the new view, the names stay as they are (they
    // move with the map): placing the last view's places in the new one would be done again at the answer. An
    // answer for the last view still on its way is dropped.
    let stale = false;
    let asked = 0;
    const width = nameWidths(map);
    const { request: redraw, cancel } = oncePerFrame(() => {
      if (!stale) drawLabels(map, places, group, width);
    }, 'after-paint');
    const moving = () => {
      stale = true;
      asked++;
    };
    const ask = () => {
      const question = ++asked;
      const view = map.getBounds().pad(0.05);
      const bbox: [number, number, number, number] = [
        view.getWest(),
        view.getSouth(),
        view.getEast(),
        view.getNorth(),
      ];
      engine.placesToName(bbox, map.getZoom(), MOST_CANDIDATES).then(
        (answer) => {
          if (!current || question !== asked) return;
          places = answer;
          stale = false;
          redraw();
        },
        (error: unknown) => {
          // Without the place list the countries and the sites are still drawn.
          if (!current || question !== asked) return;
          console.warn('Place names unavailable:', error);
          map.off('moveend', ask);
        },
      );
    };
    ask();
    map.on('movestart', moving);
    map.on('moveend', ask);
    const markers = map.getPane('markerPane');
    const changes = typeof MutationObserver === 'undefined' ? null : new MutationObserver(redraw);
    if (markers) changes?.observe(markers, { childList: true });
    return () => {
      current = false;
      cancel();
      map.off('movestart', moving);
      map.off('moveend', ask);
      changes?.disconnect();
    };
  }, [map, engine, group, sitesIn]);

  return null;
}
