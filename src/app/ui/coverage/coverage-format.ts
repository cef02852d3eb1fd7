// Number formats of the coverage report: the same figures read the same way in every section.
const whole = new Intl.NumberFormat('en');
const compact = new Intl.NumberFormat('en', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 1,
});
const percent = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const kilometres = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return whole.format(value);
}

/** "38.2 million", for headline figures; tables show whole numbers. */
export function formatPopulation(value: number): string {
  return value >= 1_000_000 ? compact.format(value) : whole.format(value);
}

/** "12.5%", or an en dash when there is nothing to divide by. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : percent.format(share);
}

export function formatKm(km: number | null): string {
  return km === null ? 'no mapped site' : `${kilometres.format(km)} km`;
}
