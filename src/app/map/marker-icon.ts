// Marker icons for clusters and points, built with DOM calls: the count and the label are set as text,
// never as markup, so nothing from the data can inject HTML.
import L from 'leaflet';
import { labelText } from '../../core/display-text';
import type { StatusGroup } from '../../core/status';
import type { MapMarker } from '../data/site-engine';
import type { Translate } from '../i18n/translator';
import { leadGroup, STATUS_MARKS, statusShapeElement } from '../ui/status-marks';

// The messages choose each group's words (and case) mid-sentence themselves.
const GROUP_WORDS: Record<StatusGroup, string> = {
  enrolling: 'enrolling',
  'not-yet': 'notYet',
  active: 'active',
  closed: 'closed',
  unknown: 'unknown',
};

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

export function markerIcon(marker: MapMarker, selected: boolean, name: string): L.DivIcon {
  const group = leadGroup(marker.groups);
  const size = markerSize(marker);
  const root = document.createElement('div');
  root.className = `site-marker ${marker.kind}${selected ? ' selected' : ''}`;
  root.style.width = root.style.height = `${size}px`;
  root.append(statusShapeElement(group, size));
  if (marker.count > 1) {
    const count = document.createElement('span');
    count.className = 'site-marker-count';
    count.setAttribute('aria-hidden', 'true');
    count.style.color = STATUS_MARKS[group].ink;
    count.textContent = marker.count >= 10_000 ? `${Math.round(marker.count / 1000)}k` : String(marker.count);
    root.append(count);
  }
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = name;
  root.append(label);
  return L.divIcon({ html: root, className: 'site-marker-host', iconSize: [size, size] });
}
