// Fetches a published dataset once and checks it against the shared schema, naming what went wrong.
import { SCHEMA_VERSION } from '../../core/dataset-enums';
import type { Dataset } from '../../core/schema';

export type LoadErrorKind = 'network' | 'malformed' | 'version';

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

export function datasetUrl(name: string, base: string = import.meta.env.BASE_URL): string {
  return `${base}data/${encodeURIComponent(name)}/dataset.json`;
}

/** Validates parsed JSON: the version first, so an old or newer file says so rather than listing field errors. */
export async function parseDataset(json: unknown, url: string): Promise<Dataset> {
  const version =
    json && typeof json === 'object' ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) {
    throw new DatasetLoadError(
      'version',
      `${url} has schema version ${JSON.stringify(version ?? null)}; this version of Trial Atlas reads version ${SCHEMA_VERSION}.`,
    );
  }
  // The schema (and zod with it) loads only when a JSON dataset does, not with the app shell.
  const { datasetSchema } = await import('../../core/schema');
  const result = datasetSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new DatasetLoadError('malformed', `${url} does not match the dataset format at ${where}: ${issue?.message}`);
  }
  const { datasetInconsistency } = await import('../../core/integrity');
  const inconsistency = datasetInconsistency(result.data);
  if (inconsistency) throw new DatasetLoadError('malformed', `${url}: ${inconsistency}.`);
  return result.data;
}

/** The file's JSON, refused when the checksum it ends with (every published dataset has one) does not match. */
export async function parseDatasetBytes(bytes: Uint8Array, url: string): Promise<unknown> {
  // Loaded with the file, not with the app shell (most datasets arrive as sites.bin, checked in the worker).
  const { checkJsonChecksum } = await import('../../core/integrity');
  const checksum = checkJsonChecksum(bytes);
  if (checksum.kind === 'damaged') {
    throw new DatasetLoadError(
      'malformed',
      `${url} is damaged: its content does not match its checksum (CRC-32 ${checksum.actual}, recorded ${checksum.expected}).`,
    );
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetLoadError('malformed', `${url} is not valid JSON.`);
  }
}

export async function loadDataset(name: string, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const url = datasetUrl(name);
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new DatasetLoadError('network', `Could not reach ${url} (${(error as Error).message}).`);
  }
  if (!response.ok) {
    throw new DatasetLoadError('network', `${url} answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  // A static server answers an unknown path with the app's own page: that is a missing file, not a bad one.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new DatasetLoadError('network', `${url} was not found.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new DatasetLoadError('network', `${url} could not be read to the end (${(error as Error).message}).`);
  }
  return parseDataset(await parseDatasetBytes(bytes, url), url);
}
