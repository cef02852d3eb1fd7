// Checksums that tell damaged data from real data. CRC-32 catches every changed byte and any run of changed
// bits up to 32 long, which is what a bad disk, a cut download or a careless edit does; it is not a defence
// against someone who rewrites a file on purpose (that is the host's and HTTPS's job).
import CRC32 from 'crc-32';

/** CRC-32 of bytes, continuing from `seed` (the CRC so far). Unsigned. */
export const crc32Bytes = (bytes: Uint8Array, seed = 0): number => CRC32.buf(bytes, seed) >>> 0;

/** CRC-32 of a string's UTF-8 bytes, continuing from `seed`, without encoding the string. Unsigned. */
export const crc32Text = (text: string, seed = 0): number => CRC32.str(text, seed) >>> 0;

const hex = (crc: number) => (crc >>> 0).toString(16).padStart(8, '0');

/**
 * A dataset file's last member, closing the object: the CRC-32 of every byte before the comma that opens it.
 * Written last, so a writer computes it as it goes and a reader checks it before parsing.
 */
export const jsonChecksumMember = (crc: number): string => `,\n"checksum":"crc32:${hex(crc)}"}\n`;

const JSON_TAIL = /,\s*"checksum"\s*:\s*"crc32:([0-9a-f]{8})"\s*\}\s*$/;

export type JsonChecksum =
  { kind: 'none' } | { kind: 'intact' } | { kind: 'damaged'; expected: string; actual: string };

/** Checks the `checksum` member a published dataset file ends with; `none` when the file has none. */
export function checkJsonChecksum(bytes: Uint8Array): JsonChecksum {
  // The member is ASCII, so its bytes are its characters; the window is wide enough for any spacing.
  const tail = new TextDecoder().decode(bytes.subarray(Math.max(0, bytes.byteLength - 96)));
  const match = JSON_TAIL.exec(tail);
  if (!match) return { kind: 'none' };
  const before = bytes.byteLength - (tail.length - match.index);
  const actual = hex(crc32Bytes(bytes.subarray(0, before)));
  const expected = match[1]!;
  return actual === expected ? { kind: 'intact' } : { kind: 'damaged', expected, actual };
}

/** The first id that occurs twice, or null. */
export function firstDuplicate(ids: Iterable<string>): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/**
 * What the schema cannot say about a dataset: ids that are not unique (the app would open the wrong site's
 * details) and sites of a trial the dataset does not hold. Null when there is nothing wrong.
 */
export function datasetInconsistency(dataset: {
  trials: readonly { id: string }[];
  sites: readonly { id: string; trialId: string }[];
}): string | null {
  const trialTwice = firstDuplicate(dataset.trials.map((trial) => trial.id));
  if (trialTwice !== null) return `trial id "${trialTwice}" is used twice`;
  const siteTwice = firstDuplicate(dataset.sites.map((site) => site.id));
  if (siteTwice !== null) return `site id "${siteTwice}" is used twice`;
  const trialIds = new Set(dataset.trials.map((trial) => trial.id));
  const orphan = dataset.sites.find((site) => !trialIds.has(site.trialId));
  return orphan
    ? `site "${orphan.id}" belongs to trial "${orphan.trialId}", which the dataset does not hold`
    : null;
}
