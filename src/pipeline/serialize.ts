// Canonical JSON for a dataset: keys in schema order, one trial or site per line, so diffs stay readable.
import type { Dataset } from '../core/schema';

export function serializeDataset(dataset: Dataset): string {
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  return (
    `{"schemaVersion":${JSON.stringify(dataset.schemaVersion)},"name":${JSON.stringify(dataset.name)},\n` +
    `"builtFrom":${JSON.stringify(dataset.builtFrom)},\n` +
    `"trials":${list(dataset.trials)},\n"sites":${list(dataset.sites)}}\n`
  );
}
