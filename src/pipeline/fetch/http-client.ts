// A polite HTTP client for the registry's API: a clear User-Agent, a minimum interval between requests, a
// timeout per request, and retries with exponential backoff and full jitter on 429, 5xx and broken
// responses, honouring Retry-After. Response bodies are streamed to disk, never held whole in memory.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export const USER_AGENT =
  'TrialAtlas/0.1 (clinical-trial-site map; data:fetch; Node.js fetch) +https://clinicaltrials.gov/data-api';

export type ClientOptions = {
  userAgent?: string;
  /** Whole request, headers and body, in ms. */
  timeoutMs?: number;
  /** Attempts per request, the first one included. */
  maxAttempts?: number;
  /** Backoff: a random wait up to baseDelayMs·2^(attempt−1), at most maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** At least this long between the starts of two requests (the API asks for a few per second at most). */
  minIntervalMs?: number;
  /** A Retry-After longer than this fails the fetch instead of waiting. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Told about each failed attempt that will be retried, with the wait before the next. */
  onRetry?: (problem: string, waitMs: number, attempt: number) => void;
};

/** A failure worth another attempt (a 429, a 5xx, a dropped connection, a truncated or garbled body). */
export class RetryableError extends Error {
  readonly retryAfterMs: number | null;
  constructor(message: string, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'RetryableError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** A request that failed for good: the message says why, with the API's own words when it gave some. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in ms: delay-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export type Client = {
  /**
   * GETs url into file (written whole or not at all), then runs check on it; a check that throws a
   * RetryableError (a truncated page) makes another attempt. Returns what check returns.
   */
  download<T>(url: string, file: string, check: (file: string) => Promise<T>): Promise<T>;
};

export function createClient(options: ClientOptions = {}): Client {
  const {
    userAgent = USER_AGENT,
    timeoutMs = 120_000,
    maxAttempts = 6,
    baseDelayMs = 1_000,
    maxDelayMs = 60_000,
    minIntervalMs = 400,
    maxRetryAfterMs = 10 * 60_000,
    sleep = defaultSleep,
    random = Math.random,
    now = Date.now,
    onRetry,
  } = options;
  let nextStart = 0;

  async function attempt<T>(url: string, file: string, check: (file: string) => Promise<T>): Promise<T> {
    const wait = nextStart - now();
    if (wait > 0) await sleep(wait);
    nextStart = now() + minIntervalMs;
    const temporary = `${file}.part`;
    try {
      let response: Response;
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        response = await fetch(url, {
          headers: { 'User-Agent': userAgent, Accept: 'application/json' },
          signal,
        });
      } catch (error) {
        throw new RetryableError(networkProblem(error, timeoutMs));
      }
      if (!response.ok) {
        const text = (await response.text().catch(() => '')).trim().slice(0, 300);
        const problem = `HTTP ${response.status}${text ? `: ${text}` : ''}`;
        if (response.status === 429 || response.status >= 500) {
          throw new RetryableError(problem, parseRetryAfter(response.headers.get('retry-after'), now()));
        }
        throw new FetchError(`${problem} (${url})`);
      }
      if (!response.body) throw new RetryableError('empty response');
      try {
        await pipeline(
          Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>),
          createWriteStream(temporary),
        );
      } catch (error) {
        throw new RetryableError(networkProblem(error, timeoutMs));
      }
      const result = await check(temporary);
      await rename(temporary, file);
      return result;
    } finally {
      await rm(temporary, { force: true });
    }
  }

  return {
    async download(url, file, check) {
      for (let attemptNumber = 1; ; attemptNumber += 1) {
        try {
          return await attempt(url, file, check);
        } catch (error) {
          if (!(error instanceof RetryableError)) throw error;
          if (attemptNumber >= maxAttempts) {
            throw new FetchError(`${error.message} (${url}), gave up after ${attemptNumber} attempts`);
          }
          if (error.retryAfterMs !== null && error.retryAfterMs > maxRetryAfterMs) {
            throw new FetchError(
              `${error.message} (${url}): the server asks to wait ${Math.round(error.retryAfterMs / 1000)} s`,
            );
          }
          const backoff = random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attemptNumber - 1));
          const waitMs = error.retryAfterMs ?? Math.round(backoff);
          onRetry?.(error.message, waitMs, attemptNumber);
          await sleep(waitMs);
          // Retry-After counts from now; the interval between requests is already covered by the wait.
          nextStart = Math.min(nextStart, now());
        }
      }
    },
  };
}

function networkProblem(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no complete answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}
