// The cluster and point markers as long-lived Leaflet markers, one per marker id: a new answer moves, restyles,
// adds and removes only what changed, so a filter change does not rebuild every marker in the page.
import L from 'leaflet';
import type { MapMarker } from '../data/site-engine';
import { leadGroup } from '../ui/status-marks';
import { longestIncreasing } from '../../core/longest-run';
import { coveredBy, spreadTargets, type Rect } from '../../core/spread-targets';
import { markerIcon, markerSize, restyleMarkerIcon } from './marker-icon';

interface Entry {
  leaflet: L.Marker;
  /** The latest answer for this id; handlers read it, so they never act on a stale count. */
  marker: MapMarker;
  /** What the icon shows; the icon is rebuilt only when this changes. */
  look: string;
}

/** Everything the icon draws: its size, shape, count and accessible name. */
function lookOf(marker: MapMarker, name: string): string {
  return `${marker.kind}|${marker.count}|${leadGroup(marker.groups)}|${name}`;
}

/**
 * A Leaflet marker placed with a 2D `translate`. Leaflet places markers with `translate3d`, which makes
 * Chromium give each one a compositor layer of its own: a view's hundred-odd markers were as many layers,
 * and every frame that changed them (a filter change, a restyle, the spread) paid to re-layer and commit
 * them all. Drawn flat, they are painted with the map pane they sit in, which still moves as one layer when
 * the map is dragged; a zoom's animation still runs on the compositor.
 */
const FlatMarker = L.Marker.extend({
  _setPos(this: L.Marker, pos: L.Point) {
    (L.Marker.prototype as unknown as { _setPos: (pos: L.Point) => void })._setPos.call(this, pos);
    const icon = this.getElement();
    if (icon && L.Browser.any3d) icon.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
  },
}) as unknown as new (at: L.LatLngExpression, options: L.MarkerOptions) => L.Marker;

const isActivation = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';

/** West to east, then north to south. */
export function keyboardOrder(a: MapMarker, b: MapMarker): number {
  return a.lon - b.lon || b.lat - a.lat || a.id - b.id;
}

export class MarkerSet {
  private readonly entries = new Map<number, Entry>();
  private selectedSiteId: string | null = null;

  /** Each marker's accessible name, in the language shown. */
  private nameOf: (marker: MapMarker) => string = () => '';

  /** What a click or Enter on a marker does (`byKeyboard` for Enter or Space). */
  private onActivate: (marker: MapMarker, byKeyboard: boolean) => void = () => {};

  constructor(readonly group: L.LayerGroup) {}

  setActivate(onActivate: (marker: MapMarker, byKeyboard: boolean) => void): void {
    this.onActivate = onActivate;
  }

  /** Names the markers in a new language: only their icons are rebuilt. */
  setNames(nameOf: (marker: MapMarker) => string): void {
    this.nameOf = nameOf;
    for (const entry of this.entries.values()) this.refresh(entry, entry.marker);
  }

  /** Shows exactly these markers, reusing the Leaflet marker of each id already shown. */
  update(markers: readonly MapMarker[]): void {
    const seen = new Set<number>();
    for (const marker of markers) {
      seen.add(marker.id);
      const entry = this.entries.get(marker.id);
      if (entry) this.refresh(entry, marker);
      else this.add(marker);
    }
    for (const [id, entry] of this.entries) {
      if (seen.has(id)) continue;
      this.group.removeLayer(entry.leaflet);
      this.entries.delete(id);
    }
    this.orderForKeyboard();
  }

  /** Focuses the first marker in keyboard order (after a cluster opened by keyboard, for example). */
  focusFirst(): void {
    this.inKeyboardOrder()
      .find((element) => element.style.visibility !== 'hidden')
      ?.focus();
  }

  private inKeyboardOrder(): HTMLElement[] {
    return [...this.entries.values()]
      .sort((a, b) => keyboardOrder(a.marker, b.marker))
      .flatMap((entry) => entry.leaflet.getElement() ?? []);
  }

  /**
   * Tab goes through the markers west to east, then north to south, the same on every load: their
   * elements are put in that order in the page (the drawing order is set by z-index, not by it). Only the
   * elements out of order move: a moved element is laid out and styled anew, and a filter change keeps
   * most markers where they were.
   */
  private orderForKeyboard(): void {
    const elements = this.inKeyboardOrder();
    const pane = elements[0]?.parentElement;
    if (!pane) return;
    const position = new Map<Element, number>();
    for (const child of pane.children) position.set(child, position.size);
    const kept = longestIncreasing(elements.map((element) => position.get(element) ?? -1));
    if (kept.size === elements.length) return;
    // Moving an element takes its focus away: give it back.
    const focused = document.activeElement;
    // From the last: each element goes just before the one that follows it, already in place.
    for (let i = elements.length - 1; i >= 0; i--) {
      if (kept.has(i)) continue;
      const next = elements[i + 1];
      if (next) pane.insertBefore(elements[i]!, next);
      else pane.append(elements[i]!);
    }
    if (focused instanceof HTMLElement && elements.includes(focused) && document.activeElement !== focused)
      focused.focus();
  }

  /**
   * Moves markers that would cover one another apart on screen (a few pixels, drawn with CSS `translate`, so
   * Leaflet's own positioning is untouched): each keeps its whole area for a tap. A marker under one of the
   * map's buttons (`covers`, in the same screen pixels) could not be tapped there: it is hidden until the map
   * moves it clear (the list holds every site). Call it after each update and when the buttons change.
   */
  spread(
    toScreen: (lat: number, lon: number) => { x: number; y: number },
    covers: readonly Rect[] = [],
  ): void {
    const entries = [...this.entries.values()].sort((a, b) => keyboardOrder(a.marker, b.marker));
    const targets = entries.map(({ marker }) => ({
      ...toScreen(marker.lat, marker.lon),
      size: markerSize(marker),
    }));
    const offsets = spreadTargets(targets);
    entries.forEach((entry, i) => {
      const element = entry.leaflet.getElement();
      const offset = offsets[i]!;
      if (!element) return;
      element.style.translate =
        offset.dx || offset.dy ? `${offset.dx.toFixed(1)}px ${offset.dy.toFixed(1)}px` : '';
      element.style.visibility = coveredBy(targets[i]!, offset, covers) ? 'hidden' : '';
    });
  }

  /** Highlights the marker of one site; the element (and keyboard focus on it) stays. */
  select(siteId: string | null): void {
    this.selectedSiteId = siteId;
    for (const entry of this.entries.values()) this.paintSelection(entry);
  }

  clear(): void {
    this.group.clearLayers();
    this.entries.clear();
  }

  private selected(marker: MapMarker): boolean {
    return marker.siteId !== null && marker.siteId === this.selectedSiteId;
  }

  private add(marker: MapMarker): void {
    const name = this.nameOf(marker);
    const leaflet = new FlatMarker([marker.lat, marker.lon], {
      icon: markerIcon(marker, this.selected(marker), name),
      keyboard: true,
      zIndexOffset: this.selected(marker) ? 1000 : marker.count,
    });
    const entry: Entry = { leaflet, marker, look: lookOf(marker, name) };
    leaflet.on('click', () => this.onActivate(entry.marker, false));
    leaflet.on('keydown', (event: L.LeafletKeyboardEvent) => {
      if (!isActivation(event.originalEvent)) return;
      event.originalEvent.preventDefault();
      this.onActivate(entry.marker, true);
    });
    this.entries.set(marker.id, entry);
    this.group.addLayer(leaflet);
  }

  private refresh(entry: Entry, marker: MapMarker): void {
    entry.marker = marker;
    const at = entry.leaflet.getLatLng();
    if (at.lat !== marker.lat || at.lng !== marker.lon) entry.leaflet.setLatLng([marker.lat, marker.lon]);
    const name = this.nameOf(marker);
    const look = lookOf(marker, name);
    if (look !== entry.look) {
      entry.look = look;
      const element = entry.leaflet.getElement();
      const restyled = element && restyleMarkerIcon(element, marker, this.selected(marker), name);
      // Leaflet keeps the icon for a later redraw; the element, drawn in place, stays as it is.
      if (restyled) entry.leaflet.options.icon = restyled;
      else {
        // setIcon builds a new element: hand the keyboard focus over to it.
        const focused = element === document.activeElement;
        entry.leaflet.setIcon(markerIcon(marker, this.selected(marker), name));
        if (focused) entry.leaflet.getElement()?.focus();
      }
    }
    this.paintSelection(entry);
  }

  private paintSelection(entry: Entry): void {
    const selected = this.selected(entry.marker);
    entry.leaflet.getElement()?.firstElementChild?.classList.toggle('selected', selected);
    const zIndexOffset = selected ? 1000 : entry.marker.count;
    if (entry.leaflet.options.zIndexOffset !== zIndexOffset) entry.leaflet.setZIndexOffset(zIndexOffset);
  }
}
