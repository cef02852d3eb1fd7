// A dataset's sites.bin and site-text.bin, as IndexedSiteEngine.loadCompact takes them.
import { encodeDataset } from '../../../src/core/compact/encode';
import type { Dataset } from '../../../src/core/schema';

export function compactFiles(dataset: Dataset): [Uint8Array, Uint8Array] {
  const { sites, text } = encodeDataset(dataset);
  return [sites, text];
}
