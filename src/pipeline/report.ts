// The build report (data/build-report.md): what went in, where the sites are, and how each was placed.
import { UNKNOWN_COUNTRY, countryName } from '../core/countries';
import { GEOCODE_METHODS, type Dataset, type Site } from '../core/schema';
import type { BuildReport } from './build';

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cell = (value: string | number) => String(value).replace(/\|/g, '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function siteRow(site: Site): string[] {
  return [
    site.id,
    site.facility ?? '',
    site.city,
    site.state ?? '',
    site.country,
    site.geocode.placeName ?? '',
    site.geocode.geonameId === null ? '' : String(site.geocode.geonameId),
    site.geocode.note ?? '',
  ];
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function renderReport(dataset: Dataset, report: BuildReport): string {
  const byMethod = new Map(countBy(dataset.sites, (site) => site.geocode.method));
  const unresolved = dataset.sites.filter((site) => site.geocode.method === 'unresolved');
  const overridden = dataset.sites.filter((site) => site.geocode.method === 'override');
  const unknownCountry = dataset.sites.filter((site) => site.country === UNKNOWN_COUNTRY);
  const siteHeader = ['site', 'facility', 'city', 'state', 'country', 'place', 'GeoNames id', 'note'];
  const lines = [
    `# Build report: dataset "${dataset.name}"`,
    '',
    `${dataset.trials.length} trials, ${dataset.sites.length} sites. ` +
      `Geocoding: ${GEOCODE_METHODS.map((method) => `${method} ${byMethod.get(method) ?? 0}`).join(', ')}.`,
    '',
    '## Sources',
    '',
    ...table(
      ['file', 'kind', 'trials', 'sites'],
      report.sources.map((source) => [source.file, source.kind, source.trials, source.sites]),
    ),
    '',
    '## Sites per country',
    '',
    ...table(
      ['country', 'code', 'sites'],
      countBy(dataset.sites, (site) => site.country).map(([code, count]) => [countryName(code), code, count]),
    ),
    '',
    '## Geocoding by method',
    '',
    ...table(
      ['method', 'sites'],
      GEOCODE_METHODS.map((method) => [method, byMethod.get(method) ?? 0]),
    ),
    '',
    `## Unresolved sites (${unresolved.length})`,
    '',
    ...(unresolved.length === 0 ? ['None.'] : table(siteHeader, unresolved.map(siteRow))),
    '',
    `## Sites whose country is not recognised (${unknownCountry.length})`,
    '',
    ...(unknownCountry.length === 0 ? ['None.'] : table(siteHeader, unknownCountry.map(siteRow))),
    '',
    `## Overridden sites (${overridden.length})`,
    '',
    ...(overridden.length === 0 ? ['None.'] : table(siteHeader, overridden.map(siteRow))),
    '',
  ];
  if (report.duplicates.length > 0) {
    lines.push(
      `## Duplicate trials left out (${report.duplicates.length})`,
      '',
      'When several sources carry a trial, the one updated last on ClinicalTrials.gov is kept.',
      '',
      ...table(
        ['trial', 'left out', 'kept from', 'why'],
        report.duplicates.map((duplicate) => [
          duplicate.trialId,
          duplicate.file,
          duplicate.keptFrom,
          duplicate.reason,
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
