// One typed door to an object that answers asynchronously: its methods called across a worker's messages
// (wrap on this side, expose on the worker's), or in this thread once the object has loaded (lazy). A new
// method of the object is written once, in the object.
import { DatasetLoadError, type LoadErrorKind } from './load-dataset';

/** The methods of T, each answering with a promise. */
export type Remote<T> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [K in keyof T as T[K] extends (...args: any[]) => unknown ? K : never]: T[K] extends (
    ...args: infer A
  ) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

interface Call {
  id: number;
  method: string;
  args: unknown[];
}

interface WireError {
  message: string;
  kind: LoadErrorKind | null;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** A proxy whose every property is a method; `then` stays undefined, so awaiting the proxy is harmless. */
function methods<T>(call: (method: string, args: unknown[]) => Promise<unknown>): Remote<T> {
  return new Proxy(
    {},
    {
      get: (_, method) =>
        typeof method === 'string' && method !== 'then'
          ? (...args: unknown[]) => call(method, args)
          : undefined,
    },
  ) as Remote<T>;
}

/** The object exposed in `worker`, seen from this thread. */
export function wrap<T>(worker: Worker): Remote<T> {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    if (data.ok) call.resolve(data.value);
    else call.reject(data.error.kind ? new DatasetLoadError(data.error.kind, data.error.message) : new Error(data.error.message));
  };
  // The worker itself failed (its script did not load, or it crashed): every waiting call hears why.
  worker.onerror = (event) => {
    const error = new Error(`The site worker failed: ${event.message || 'it could not be started'}`);
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  return methods<T>(
    (method, args) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, method, args } satisfies Call);
      }),
  );
}

interface WorkerScope {
  postMessage(message: Reply): void;
  onmessage: ((event: MessageEvent<Call>) => void) | null;
}

/** Answers the calls of wrap() from inside a worker. */
export function expose(target: object, scope: WorkerScope): void {
  scope.onmessage = async ({ data: { id, method, args } }) => {
    try {
      const fn = (target as Record<string, unknown>)[method];
      if (typeof fn !== 'function') throw new Error(`The site engine has no method ${method}`);
      const value: unknown = await (fn as (...a: unknown[]) => unknown).apply(target, args);
      scope.postMessage({ id, ok: true, value });
    } catch (error) {
      const kind = error instanceof DatasetLoadError ? error.kind : null;
      scope.postMessage({ id, ok: false, error: { kind, message: (error as Error).message } });
    }
  };
}

/** The object in this thread, loaded on the first call (its code stays out of the first download). */
export function lazy<T extends object>(load: () => Promise<T>): Remote<T> {
  let target: Promise<T> | null = null;
  return methods<T>(async (method, args) => {
    const loaded = (await (target ??= load())) as Record<string, (...a: unknown[]) => unknown>;
    return loaded[method]!(...args);
  });
}
