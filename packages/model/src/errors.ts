// Errors a model call can end with, small and named so callers can tell a retryable failure from a bad setup.

/** Base class of every error this package throws on purpose. */
export class ModelError extends Error {
  override name = "ModelError";
}

/** The server answered with a non-success HTTP status. */
export class ModelHttpError extends ModelError {
  override name = "ModelHttpError";
  constructor(
    readonly status: number,
    readonly url: string,
    /** The start of the response body, kept short: bodies can echo the whole prompt. */
    readonly body: string,
    /** The server's `Retry-After`, in milliseconds, when it sent a usable one. */
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${status} from ${url}${body ? `: ${body}` : ""}`);
  }
}

/** One attempt took longer than the per-call timeout. */
export class ModelTimeoutError extends ModelError {
  override name = "ModelTimeoutError";
  constructor(readonly timeoutMs: number) {
    super(`the model call did not finish within ${timeoutMs} ms`);
  }
}

/** The connection failed or was cut before a whole response arrived. */
export class ModelNetworkError extends ModelError {
  override name = "ModelNetworkError";
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`network error calling ${url}: ${describeCause(options?.cause)}`, options);
  }
}

/** The server answered 2xx but the body is not a usable chat completion. */
export class ModelResponseError extends ModelError {
  override name = "ModelResponseError";
}

/** The model cannot be used as configured (bad MODEL string, missing token, ...): retrying will not help. */
export class ModelConfigError extends ModelError {
  override name = "ModelConfigError";
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // undici reports "fetch failed" and hides the useful part (ECONNREFUSED, "other side closed") in its cause.
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : "";
  return `${cause.message}${inner}`;
}
