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

/** What the report says about the sites, counted one site at a time as the build writes them. */
export class ReportTally {
  trials = 0;
  sites = 0;
  readonly byMethod = new Map<string, number>();
  readonly byCountry = new Map<string, number>();
  readonly unresolved: Site[] = [];
  readonly overridden: Site[] = [];
  readonly unknownCountry: Site[] = [];

  constructor(readonly name: string) {}

  add(site: Site): void {
    this.sites += 1;
    this.byMethod.set(site.geocode.method, (this.byMethod.get(site.geocode.method) ?? 0) + 1);
    this.byCountry.set(site.country, (this.byCountry.get(site.country) ?? 0) + 1);
    if (site.geocode.method === 'unresolved') this.unresolved.push(site);
    if (site.geocode.method === 'override') this.overridden.push(site);
    if (site.country === UNKNOWN_COUNTRY) this.unknownCountry.push(site);
  }

  static of(dataset: Dataset): ReportTally {
    const tally = new ReportTally(dataset.name);
    tally.trials = dataset.trials.length;
    for (const site of dataset.sites) tally.add(site);
    return tally;
  }
}

/** Counts, largest first, then by key. */
export function sortedCounts(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function renderReport(dataset: Dataset, report: BuildReport): string {
  return renderTally(ReportTally.of(dataset), report);
}

export function renderTally(tally: ReportTally, report: BuildReport): string {
  const { byMethod, unresolved, overridden, unknownCountry } = tally;
  const siteHeader = ['site', 'facility', 'city', 'state', 'country', 'place', 'GeoNames id', 'note'];
  const lines = [
    `# Build report: dataset "${tally.name}"`,
    '',
    `${tally.trials} trials, ${tally.sites} sites. ` +
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
      sortedCounts(tally.byCountry).map(([code, count]) => [countryName(code), code, count]),
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
