// Marker icons for clusters and points, built with DOM calls: the count is set as text and the accessible name
// as an attribute, never as markup, so nothing from the data can inject HTML.
import L from 'leaflet';
import { boundedCache } from '../../core/bounded-cache';
import { labelText } from '../../core/display-text';
import type { StatusGroup } from '../../core/status';
import type { MapMarker } from '../data/site-engine';
import type { Translate } from '../i18n/translator';
import { leadGroup, restyleStatusShape, STATUS_MARKS, statusShapeElement } from '../ui/status-marks';

// The messages choose each group's words (and case) mid-sentence themselves.
const GROUP_WORDS: Record<StatusGroup, string> = {
  enrolling: 'enrolling',
  'not-yet': 'notYet',
  active: 'active',
  closed: 'closed',
  unknown: 'unknown',
};

/**
 * The markers' accessible names in one language, each said once: a filter change or a move names a view's
 * markers again, most of them as before, and formatting a message takes tens of microseconds.
 */
export function markerLabels(t: Translate): (marker: MapMarker) => string {
  const said = boundedCache<string>(10_000);
  return (marker) =>
    said(`${marker.kind}|${marker.count}|${leadGroup(marker.groups)}|${marker.city ?? ''}`, () =>
      markerLabel(t, marker),
    );
}

/** The marker's accessible name: what it holds and what activating it does. */
export function markerLabel(t: Translate, marker: MapMarker): string {
  const place = marker.city ? labelText(marker.city) : '';
  const group = GROUP_WORDS[leadGroup(marker.groups)];
  const values = { count: marker.count, place, group };
  if (marker.kind === 'cluster') return t('marker.cluster', values);
  if (marker.count === 1) return t(place ? 'marker.siteIn' : 'marker.site', values);
  return t(place ? 'marker.pointIn' : 'marker.point', values);
}

export function markerSize(marker: MapMarker): number {
  // At least 24 px: WCAG 2.2's smallest target.
  if (marker.kind === 'point' && marker.count === 1) return 24;
  return Math.min(52, 28 + Math.round(Math.log10(marker.count) * 9));
}

interface LabelledIconOptions extends L.DivIconOptions {
  /** The marker's accessible name. */
  label: string;
}

/**
 * A div icon named with `aria-label` on the element Leaflet makes a button of. The name is not laid out as
 * hidden text: with a view's hundred-odd markers, laying out those sentences was a fifth to a third of the
 * page's layout in a filter change.
 */
const LabelledIcon = L.DivIcon.extend({
  createIcon(this: L.DivIcon & { options: LabelledIconOptions }, oldIcon?: HTMLElement): HTMLElement {
    const element = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    element.setAttribute('aria-label', this.options.label);
    return element;
  },
}) as unknown as new (options: LabelledIconOptions) => L.DivIcon;

export function markerIcon(marker: MapMarker, selected: boolean, name: string): L.DivIcon {
  const group = leadGroup(marker.groups);
  const size = markerSize(marker);
  const root = document.createElement('div');
  root.className = rootClass(marker, selected);
  root.style.width = root.style.height = `${size}px`;
  root.append(statusShapeElement(group, size));
  if (marker.count > 1) root.append(countElement(marker.count, group));
  return labelledIcon(root, size, name);
}

const labelledIcon = (root: HTMLElement, size: number, label: string) =>
  new LabelledIcon({ html: root, className: 'site-marker-host', iconSize: [size, size], label });

const rootClass = (marker: MapMarker, selected: boolean) =>
  `site-marker ${marker.kind}${selected ? ' selected' : ''}`;

const countText = (count: number) => (count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count));

function countElement(count: number, group: StatusGroup): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = 'site-marker-count';
  element.setAttribute('aria-hidden', 'true');
  element.style.color = STATUS_MARKS[group].ink;
  element.textContent = countText(count);
  return element;
}

/**
 * Redraws an icon made by `markerIcon` for a marker's new count, status or name, in place: what it draws
 * ends as `markerIcon` would draw it, in the same elements (a filter change restyles hundreds of markers,
 * and the one with the keyboard focus keeps it). Returns the icon for Leaflet's options, or null when the
 * element is not one `markerIcon` made (then build a new one).
 */
export function restyleMarkerIcon(
  host: HTMLElement,
  marker: MapMarker,
  selected: boolean,
  name: string,
): L.DivIcon | null {
  const root = host.firstElementChild;
  const shape = root?.firstElementChild;
  if (!(root instanceof HTMLElement) || !(shape instanceof SVGSVGElement)) return null;
  const group = leadGroup(marker.groups);
  const size = markerSize(marker);
  const px = `${size}px`;
  root.className = rootClass(marker, selected);
  root.style.width = root.style.height = px;
  // Leaflet's own sizing of the icon (iconSize, anchored at its centre).
  host.style.width = host.style.height = px;
  host.style.marginLeft = host.style.marginTop = `${-size / 2}px`;
  restyleStatusShape(shape, group, size);
  const count = shape.nextElementSibling as HTMLElement | null;
  if (marker.count <= 1) count?.remove();
  else if (!count) shape.after(countElement(marker.count, group));
  else {
    count.style.color = STATUS_MARKS[group].ink;
    const text = countText(marker.count);
    if (count.textContent !== text) count.textContent = text;
  }
  if (host.getAttribute('aria-label') !== name) host.setAttribute('aria-label', name);
  return labelledIcon(root, size, name);
}
