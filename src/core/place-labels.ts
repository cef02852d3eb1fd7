// Which towns and cities the offline map names, and where: the more people live there, the earlier it shows as
// the map zooms in; no name is drawn over another or over a site's marker.
import type { GazetteerFile } from './gazetteer-format';
import type { Rect } from './spread-targets';

/** The smallest population named at a zoom level: capitals and big cities first, towns at city zoom. */
export function populationFloor(zoom: number): number {
  if (zoom <= 4) return 2_000_000;
  if (zoom <= 5) return 700_000;
  if (zoom <= 6) return 250_000;
  if (zoom <= 7) return 80_000;
  if (zoom <= 8) return 30_000;
  if (zoom <= 9) return 10_000;
  return 0;
}

/** A place of the place list that the map may name. */
export interface NamedPlace {
  name: string;
  lat: number;
  lon: number;
  population: number;
}

/**
 * The places worth naming in a view ([west, south, east, north], as the map gives it: east may pass 180° on a
 * map panned round the world) at a zoom: those at or above the zoom's population floor, most populous first
 * (then in the list's order), at most `limit`.
 */
export function placesToName(
  places: GazetteerFile,
  [west, south, east, north]: readonly [number, number, number, number],
  zoom: number,
  limit: number,
): NamedPlace[] {
  const floor = populationFloor(zoom);
  const rows: number[] = [];
  for (let row = 0; row < places.name.length; row++) {
    const lat = places.lat[row]!;
    const lon = places.lon[row]!;
    if (places.population[row]! >= floor && lat >= south && lat <= north && lon >= west && lon <= east) {
      rows.push(row);
    }
  }
  rows.sort((a, b) => places.population[b]! - places.population[a]! || a - b);
  return rows.slice(0, limit).map((row) => ({
    name: places.name[row]!,
    lat: places.lat[row]!,
    lon: places.lon[row]!,
    population: places.population[row]!,
  }));
}

/** A place to name: where it is on screen, and the size of its name. */
export interface LabelCandidate {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** Index of the candidate. */
  index: number;
  /** The label's box on screen (dot and name). */
  box: Rect;
  /**
   * Where the dot is drawn: on the box's left edge (name to the right) or right edge (name to the left), on
   * the place either way; `null` when a marker stands on the place and the name sits beside that marker.
   */
  dot: 'left' | 'right' | null;
}

export const DOT = 6;
const DOT_GAP = 4;
/** Room kept between a name and a marker beside it. */
const MARKER_GAP = 2;

const apart = (a: Rect, b: Rect, gap: number) =>
  a.x + a.width + gap <= b.x ||
  b.x + b.width + gap <= a.x ||
  a.y + a.height + gap <= b.y ||
  b.y + b.height + gap <= a.y;

/** Where a candidate's label could go, best first. */
function placements(place: LabelCandidate, markers: readonly Rect[]): Omit<PlacedLabel, 'index'>[] {
  const { width, height } = place;
  const dotBox = { x: place.x - DOT / 2, y: place.y - DOT / 2, width: DOT, height: DOT };
  const under = markers.find((marker) => !apart(dotBox, marker, 0));
  if (!under) {
    const full = DOT + DOT_GAP + width;
    const y = place.y - height / 2;
    return [
      { box: { x: place.x - DOT / 2, y, width: full, height }, dot: 'left' },
      { box: { x: place.x + DOT / 2 - full, y, width: full, height }, dot: 'right' },
    ];
  }
  // A marker stands on the place: its name goes beside the marker, which shows where it is.
  const middleX = under.x + under.width / 2 - width / 2;
  const middleY = under.y + under.height / 2 - height / 2;
  return [
    { box: { x: under.x + under.width + MARKER_GAP, y: middleY, width, height }, dot: null },
    { box: { x: under.x - MARKER_GAP - width, y: middleY, width, height }, dot: null },
    { box: { x: middleX, y: under.y + under.height + MARKER_GAP, width, height }, dot: null },
    { box: { x: middleX, y: under.y - MARKER_GAP - height, width, height }, dot: null },
  ];
}

/**
 * Greedily places the candidates' labels (given most important first) where they touch no label placed before
 * (`gap` pixels apart), no marker and nothing `covered` (the buttons over the map); a candidate with no such
 * place is left unnamed.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  markers: readonly Rect[],
  limit: number,
  { gap = 4, covered = [] }: { gap?: number; covered?: readonly Rect[] } = {},
): PlacedLabel[] {
  const kept: PlacedLabel[] = [];
  for (let index = 0; index < candidates.length && kept.length < limit; index++) {
    const found = placements(candidates[index]!, markers).find(
      ({ box }) =>
        markers.every((marker) => apart(box, marker, MARKER_GAP / 2)) &&
        covered.every((cover) => apart(box, cover, 0)) &&
        kept.every((label) => apart(box, label.box, gap)),
    );
    if (found) kept.push({ index, ...found });
  }
  return kept;
}
