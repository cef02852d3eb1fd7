// Classes of site counts for the choropleth, with legend text that reads without colour.

export interface CountClass {
  /** Inclusive bounds. */
  min: number;
  max: number;
  /** "1 site", "2–4 sites", "10–17 sites". */
  label: string;
  /** 0 (lightest) .. CLASS_COLOURS.length - 1 (darkest). */
  shade: number;
}

/** ColorBrewer "Blues" (5 classes): sequential, colour-blind safe, and prints legibly in grey. */
export const CLASS_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

function sitesLabel(min: number, max: number): string {
  const unit = max === 1 ? 'site' : 'sites';
  const format = (value: number) => value.toLocaleString('en');
  return min === max ? `${format(min)} ${unit}` : `${format(min)}–${format(max)} ${unit}`;
}

/** Lower bounds 1, 2, 5, 10, 20, 50, …, thinned evenly (on that log-like scale) to at most five classes. */
function lowerBounds(maxCount: number): number[] {
  const series: number[] = [];
  for (let decade = 1; decade <= maxCount; decade *= 10) {
    for (const step of [1, 2, 5]) if (decade * step <= maxCount) series.push(decade * step);
  }
  const classes = CLASS_COLOURS.length;
  if (series.length <= classes) return series;
  const last = series.length - 1;
  return Array.from({ length: classes }, (_, i) => series[Math.round((i * last) / (classes - 1))] ?? 1);
}

/** Classes covering 1..maxCount (none when maxCount < 1); the darkest shade goes to the top class. */
export function siteCountClasses(maxCount: number): CountClass[] {
  if (!(maxCount >= 1)) return [];
  const bounds = lowerBounds(Math.floor(maxCount));
  const last = bounds.length - 1;
  return bounds.map((min, index) => {
    const max = index < last ? (bounds[index + 1] ?? min) - 1 : Math.floor(maxCount);
    // Spread the shades so that few classes still run from light to dark.
    const shade =
      last === 0 ? CLASS_COLOURS.length - 1 : Math.round((index * (CLASS_COLOURS.length - 1)) / last);
    return { min, max, label: sitesLabel(min, max), shade };
  });
}

/** The class of a count, or null for 0 (a country with no filtered sites is left unshaded). */
export function classOf(classes: readonly CountClass[], count: number): CountClass | null {
  return classes.find((c) => count >= c.min && count <= c.max) ?? null;
}
