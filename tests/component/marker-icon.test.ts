// A marker redrawn in place for a new count, status or name must end exactly as a new marker would be drawn,
// Leaflet's sizing of its element included.
import type L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { markerIcon, markerLabels, restyleMarkerIcon } from '../../src/app/map/marker-icon';
import type { Translate } from '../../src/app/i18n/translator';
import type { MapMarker } from '../../src/app/data/site-engine';

const marker = (count: number, groups: number[], kind: MapMarker['kind'] = 'cluster'): MapMarker => ({
  id: 7,
  kind,
  lat: 48.1,
  lon: 11.6,
  count,
  groups,
  siteId: kind === 'point' && count === 1 ? 'site-1' : null,
  city: kind === 'point' ? 'München' : null,
});

/** The element Leaflet makes for an icon, as a marker shows it. */
const drawn = (icon: L.DivIcon): HTMLElement => icon.createIcon();

/** The markup with each element's style declarations in one order (the order they were set in is no matter). */
function canonical(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('[style]')]) {
    const style = node.getAttribute('style');
    if (style)
      node.setAttribute(
        'style',
        style
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean)
          .sort()
          .join('; '),
      );
  }
  return copy.outerHTML;
}

const STATES: [MapMarker, boolean, string][] = [
  [marker(12_345, [12_000, 0, 345, 0, 0]), false, '12,345 sites'],
  [marker(37, [0, 0, 0, 37, 0]), false, '37 sites, closed'],
  [marker(2, [0, 2, 0, 0, 0], 'point'), true, '2 sites in München'],
  [marker(1, [0, 0, 0, 0, 1], 'point'), false, 'One site in München'],
  [marker(1, [1, 0, 0, 0, 0], 'point'), true, 'One site, selected'],
  [marker(999, [0, 0, 999, 0, 0]), false, '999 sites'],
];

describe('restyleMarkerIcon', () => {
  it('draws every change of count, status, kind, selection and name as a new icon would', () => {
    for (const [fromMarker, fromSelected, fromName] of STATES) {
      for (const [toMarker, toSelected, toName] of STATES) {
        const host = drawn(markerIcon(fromMarker, fromSelected, fromName));
        const inner = host.firstElementChild;
        const icon = restyleMarkerIcon(host, toMarker, toSelected, toName);
        expect(icon).not.toBeNull();
        expect(host.firstElementChild).toBe(inner); // the same elements, redrawn
        expect(canonical(host)).toBe(canonical(drawn(markerIcon(toMarker, toSelected, toName))));
        // What Leaflet keeps redraws the same, in the same element (as it does when the marker is added again).
        const before = canonical(host);
        expect(icon!.createIcon(host)).toBe(host);
        expect(canonical(host)).toBe(before);
      }
    }
  });

  it('names the marker on the element Leaflet makes a button of, with no hidden text to lay out', () => {
    for (const [marker, selected, name] of STATES) {
      const host = drawn(markerIcon(marker, selected, name));
      expect(host).toHaveAttribute('aria-label', name);
      // Only the count is text; the shape is hidden from assistive technology.
      expect(host.textContent).toBe(
        marker.count > 1 ? (marker.count >= 10_000 ? '12k' : String(marker.count)) : '',
      );
      expect(host.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  });

  it('declines an element it did not make', () => {
    const host = document.createElement('div');
    host.append(document.createElement('img'));
    expect(restyleMarkerIcon(host, STATES[0]![0], false, 'x')).toBeNull();
  });
});

describe('markerLabels', () => {
  it('formats each name once, and tells apart markers that differ in kind, count, status or place', () => {
    const asked: string[] = [];
    const t = ((key: string, values: { count: number; place: string; group: string }) => {
      asked.push(key);
      return `${key} ${values.count} ${values.group} ${values.place}`;
    }) as unknown as Translate;
    const name = markerLabels(t);
    const names = STATES.map(([marker]) => name(marker));
    expect(STATES.map(([marker]) => name({ ...marker, id: marker.id + 1 }))).toEqual(names);
    expect(asked).toHaveLength(STATES.length);
    expect(new Set(names).size).toBe(STATES.length);
    expect(name({ ...STATES[2]![0], city: 'Berlin' })).toBe('marker.pointIn 2 notYet Berlin');
    expect(asked).toHaveLength(STATES.length + 1);
  });
});
