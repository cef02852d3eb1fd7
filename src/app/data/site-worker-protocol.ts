// Messages between the main thread and the site worker: a method call and its answer, matched by id.
import type { DatasetInfo, SiteEngine } from './site-engine';

type EngineMethod = Exclude<keyof SiteEngine, 'loadNamed'>;

export type WorkerRequest =
  | { id: number; method: 'loadNamed'; args: [name: string] }
  | { id: number; method: EngineMethod; args: unknown[] };

export type WorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { kind: 'network' | 'malformed' | 'version' | null; message: string } };

export interface NamedLoad {
  /** The dataset, its trials apart: */
  info: DatasetInfo;
  /** DatasetInfo.trials as JSON text in slices, each parsed in its own main-thread task. */
  trialChunks: string[];
  /** When the dataset's bytes had arrived, as an absolute time (performance.timeOrigin + now). */
  arrivedAt: number;
}
