// Builds a dataset from source documents: read, assign ids, geocode, sort, validate.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  SCHEMA_VERSION,
  datasetSchema,
  type BuiltFrom,
  type Dataset,
  type Site,
  type SourceKind,
  type Trial,
} from '../core/schema';
import { createGeocoder, type GeocodeOverride, type Geocoder } from './geocoder';
import { readGeoNames } from './geonames';
import { keepNewest, readAll } from './build-inputs';
import { siteIds } from './ids';
import { locateSite } from './locate-site';
import { newestDate } from './readers/normalize';

export type BuildOptions = {
  /** Files and folders (a folder contributes its .txt, .json, .xml and .csv files, not its README). */
  inputs: readonly string[];
  name: string;
  /** Paths in the dataset are written relative to this folder. */
  root: string;
  overrides: readonly GeocodeOverride[];
  geoNamesFile?: string;
  /** The fetch the inputs came from (its manifest), for builtFrom; null or absent for files. */
  fetch?: BuiltFrom['fetch'];
};

export type SourceSummary = { file: string; kind: SourceKind; trials: number; sites: number };
export type BuildReport = {
  sources: SourceSummary[];
  /** Trials left out because another source carries the same id, updated later (or, on a tie, first by path). */
  duplicates: { trialId: string; file: string; keptFrom: string; reason: string }[];
};
export type BuildResult = { dataset: Dataset; report: BuildReport };

const SOURCE_FILE = /\.(txt|json|xml|csv)$/i;

/** Source files named by the inputs, as paths relative to root, sorted so builds do not depend on order. */
export function listSourceFiles(inputs: readonly string[], root: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(root, input);
    if (!existsSync(absolute)) throw new Error(`input not found: ${input}`);
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute, { withFileTypes: true })) {
        if (entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.startsWith('.')) {
          files.add(path.join(absolute, entry.name));
        }
      }
    } else files.add(absolute);
  }
  return [...files].map((file) => path.relative(root, file).split(path.sep).join('/')).sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildDataset(options: BuildOptions): BuildResult {
  // GeoNames is read only when a site needs it: not at all when every site carries its own point.
  let loaded: Geocoder | null = null;
  const geocoder: Geocoder = {
    geocode: (request) =>
      (loaded ??= createGeocoder(readGeoNames(options.geoNamesFile), options.overrides)).geocode(request),
  };
  const report: BuildReport = { sources: [], duplicates: [] };
  const studies = readAll(listSourceFiles(options.inputs, options.root), options.root, report);
  const trials = new Map<string, Trial>();
  const sites: Site[] = [];
  for (const { file, study } of keepNewest(studies, report)) {
    const { trial, sites: sourceSites } = study;
    // The dataset names the file alone: a build machine's folders are nobody's business.
    trial.source.file = path.basename(file);
    trials.set(trial.id, trial);
    const summary = report.sources.find((source) => source.file === file);
    if (summary) {
      summary.trials += 1;
      summary.sites += sourceSites.length;
    }
    const ids = siteIds(trial.id, sourceSites);
    sourceSites.forEach((site, index) => {
      const { country, ...located } = locateSite(site, geocoder);
      sites.push({
        id: ids[index] ?? trial.id,
        trialId: trial.id,
        siteNumber: site.siteNumber,
        facility: site.facility,
        city: site.city,
        state: site.state,
        zip: site.zip,
        country,
        status: site.status,
        statusSource: site.statusSource,
        ...located,
        sourceLine: site.sourceLine,
        contacts: site.contacts,
      });
    });
  }
  const dataset = datasetSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    name: options.name,
    builtFrom: {
      lastUpdatePosted: newestDate([...trials.values()].map((trial) => trial.lastUpdatePosted)),
      fetch: options.fetch ?? null,
    },
    trials: [...trials.values()].sort((a, b) => compare(a.id, b.id)),
    sites: sites.sort((a, b) => compare(a.trialId, b.trialId) || compare(a.id, b.id)),
  });
  return { dataset, report };
}
