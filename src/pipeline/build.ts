// Builds a dataset from source documents: read (into a spill on disk), keep the newest study per trial,
// then trial by trial in id order: assign ids, geocode, check. The records stream to their writer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  SCHEMA_VERSION,
  siteSchema,
  type BuiltFrom,
  type Dataset,
  type Site,
  type SourceKind,
  type Trial,
} from '../core/schema';
import { createGeocoder, type GeocodeOverride, type Geocoder } from './geocoder';
import { readGeoNames } from './geonames';
import { readInputs } from './build-inputs';
import { siteIds } from './ids';
import { locateSite } from './locate-site';
import { newestDate } from './readers/normalize';
import type { SourceSite } from './readers/source-study';
import { StudySpill } from './study-spill';

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
  /** Where the build sets its studies aside while it runs (default: the system's temporary folder). */
  spillDir?: string;
};

export type SourceSummary = { file: string; kind: SourceKind; trials: number; sites: number };
export type BuildReport = {
  sources: SourceSummary[];
  /** Trials left out because another source carries the same id, updated later (or, on a tie, first by path). */
  duplicates: { trialId: string; file: string; keptFrom: string; reason: string }[];
};
export type BuildResult = { dataset: Dataset; report: BuildReport };
/** A dataset's top-level fields, and its trials with their sites in dataset order (by id). */
export type DatasetHead = Omit<Dataset, 'trials' | 'sites'>;
export type BuiltTrial = { trial: Trial; sites: Site[] };

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

/**
 * Reads the inputs (throwing, before anything is written, on a malformed file) and hands the dataset's head and
 * its records, in order, to `write` (synchronous: the spill is removed when it returns or throws).
 */
export function streamBuild<T>(
  options: BuildOptions,
  write: (head: DatasetHead, records: Iterable<BuiltTrial>, report: BuildReport) => T,
): T {
  const spill = new StudySpill(options.spillDir ?? tmpdir());
  try {
    const report: BuildReport = { sources: [], duplicates: [] };
    const files = listSourceFiles(options.inputs, options.root);
    const kept = readInputs(files, options.root, spill, report);
    const head: DatasetHead = {
      schemaVersion: SCHEMA_VERSION,
      name: options.name,
      builtFrom: {
        lastUpdatePosted: newestDate(kept.map((ref) => ref.updated || null)),
        fetch: options.fetch ?? null,
      },
    };
    const geocoder = lazyGeocoder(options);
    const sources = new Map(report.sources.map((source) => [source.file, source]));
    function* records(): Generator<BuiltTrial> {
      for (const ref of kept) {
        const file = files[ref.file]!;
        const study = spill.read(ref.spilled);
        const built = builtTrial(study.trial, study.sites, file, geocoder);
        const summary = sources.get(file);
        if (summary) {
          summary.trials += 1;
          summary.sites += built.sites.length;
        }
        yield built;
      }
    }
    return write(head, records(), report);
  } finally {
    spill.remove();
  }
}

/** The whole dataset in memory: for tests, `--out` and small builds. */
export function buildDataset(options: BuildOptions): BuildResult {
  return streamBuild(options, (head, records, report) => {
    const trials: Trial[] = [];
    const sites: Site[] = [];
    for (const record of records) {
      trials.push(record.trial);
      sites.push(...record.sites);
    }
    return { dataset: { ...head, trials, sites }, report };
  });
}

// GeoNames is read only when a site needs it: not at all when every site carries its own point.
function lazyGeocoder(options: BuildOptions): Geocoder {
  let loaded: Geocoder | null = null;
  return {
    geocode: (request) =>
      (loaded ??= createGeocoder(readGeoNames(options.geoNamesFile), options.overrides)).geocode(request),
  };
}

/** One trial and its sites as the dataset has them, checked against the schema (naming the source file). */
function builtTrial(
  sourceTrial: Trial,
  sourceSites: readonly SourceSite[],
  file: string,
  geocoder: Geocoder,
): BuiltTrial {
  // The dataset names the file alone: a build machine's folders are nobody's business. The trial was checked
  // (and put in the schema's key order) when it was read; the file name is text either way.
  const trial: Trial = { ...sourceTrial, source: { ...sourceTrial.source, file: path.basename(file) } };
  const ids = siteIds(trial.id, sourceSites);
  const sites = sourceSites.map((site, index) => {
    const { country, ...located } = locateSite(site, geocoder);
    const id = ids[index] ?? trial.id;
    return checked(
      siteSchema,
      {
        id,
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
      },
      file,
      `site ${id}`,
    );
  });
  return { trial, sites: sites.sort((a, b) => compare(a.id, b.id)) };
}

type Schema<T> = {
  safeParse: (
    value: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** The value in the schema's canonical form (its key order), or an error naming the file and the record. */
function checked<T>(schema: Schema<T>, value: unknown, file: string, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${file}: ${what}: ${issue?.path.join('.')}: ${issue?.message}`);
}
