// When and how long to wait before trying a model call again, and the loop that does it with a per-attempt timeout.

import { ModelHttpError, ModelNetworkError, ModelTimeoutError } from "./errors.ts";

export interface RetryOptions {
  /**
   * Attempts in all, the first included.
   * @defaultValue 4
   */
  maxAttempts: number;
  /**
   * Backoff before the second attempt; it doubles with each further attempt.
   * @defaultValue 500
   */
  baseDelayMs: number;
  /**
   * Cap on any wait, `Retry-After` included: a server asking for an hour gets this instead.
   * @defaultValue 30000
   */
  maxDelayMs: number;
  /**
   * Time allowed for one attempt, from request to whole response body.
   * @defaultValue 120000
   */
  timeoutMs: number;
  /**
   * Source of jitter in [0, 1); replaceable so delays can be checked exactly.
   * @defaultValue Math.random
   */
  random: () => number;
}

export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  timeoutMs: 120_000,
  random: Math.random,
};

export function resolveRetryOptions(options: Partial<RetryOptions> = {}): RetryOptions {
  const resolved = { ...DEFAULT_RETRY_OPTIONS, ...definedOnly(options) };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a positive integer, got ${resolved.maxAttempts}`);
  }
  for (const key of ["baseDelayMs", "maxDelayMs", "timeoutMs"] as const) {
    if (!(resolved[key] >= 0))
      throw new RangeError(`${key} must be a non-negative number, got ${resolved[key]}`);
  }
  return resolved;
}

/**
 * Worth another attempt: rate limits (429), timeouts (408 and our own), server errors (5xx) and broken
 * connections. Any other 4xx means the request itself is wrong and will fail the same way again.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ModelHttpError)
    return error.status === 408 || error.status === 429 || error.status >= 500;
  return error instanceof ModelTimeoutError || error instanceof ModelNetworkError;
}

/**
 * Wait before attempt `attempt + 1` after `error`: the server's `Retry-After` when it sent one, otherwise
 * exponential backoff with jitter (half fixed, half random, so that clients that failed together spread out
 * without any of them retrying at once). Both capped by `maxDelayMs`.
 */
export function retryDelayMs(attempt: number, error: unknown, options: RetryOptions): number {
  if (error instanceof ModelHttpError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, options.maxDelayMs);
  }
  const backoff = Math.min(options.baseDelayMs * 2 ** (attempt - 1), options.maxDelayMs);
  return backoff / 2 + (backoff / 2) * options.random();
}

/**
 * Reads a `Retry-After` header (delay in seconds, or an HTTP date) as milliseconds from `now`.
 * Undefined when absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not retryable, or uses up `maxAttempts`;
 * the last error is thrown as it is. Each attempt gets a signal that aborts at `timeoutMs` (surfacing as
 * {@link ModelTimeoutError}) or when `signal` aborts (surfacing as `signal.reason`, with no further attempt).
 */
export async function withRetry<T>(
  attempt: (signal: AbortSignal, attemptNumber: number) => Promise<T>,
  options: RetryOptions,
  signal?: AbortSignal,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber++) {
    signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let error: unknown;
    try {
      return await attempt(attemptSignal, attemptNumber);
    } catch (caught) {
      error = caught;
    }
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) error = new ModelTimeoutError(options.timeoutMs);
    if (attemptNumber >= options.maxAttempts || !isRetryable(error)) throw error;
    await sleep(retryDelayMs(attemptNumber, error, options), signal);
  }
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function definedOnly<T extends object>(options: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
