/** The defaults of a round's limits, applied in one place, and their check. */
import { type RoundLimits, roundLimits } from "./jobs.ts";

/**
 * With these, a model call that never answers gives up after 3 tries of 60 s (about 3 minutes with
 * the pauses between them), and its job fails for good then: a failed model call is not run again.
 */
export const DEFAULT_ROUND_LIMITS: Readonly<RoundLimits> = {
  /** @defaultValue 3 */
  jobAttempts: 3,
  /** @defaultValue 60000 */
  requestTimeoutMs: 60_000,
  /** @defaultValue 3 */
  httpAttempts: 3,
  /** The sandbox's own source limit: no longer completion could hold code it would run. @defaultValue 65536 */
  maxCompletionChars: 65_536,
  /** @defaultValue one day */
  redisTtlS: 24 * 3600,
};

export class RoundLimitError extends Error {
  override name = "RoundLimitError";
  constructor(
    /** The limit that is out of range. */
    readonly field: string,
  ) {
    super(`${field} must be a whole number of at least 1`);
  }
}

export function resolveRoundLimits(limits: Partial<RoundLimits> = {}): RoundLimits {
  const defined = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
  const parsed = roundLimits.safeParse({ ...DEFAULT_ROUND_LIMITS, ...defined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RoundLimitError(String(issue?.path.join(".")));
  }
  return parsed.data;
}

/**
 * The longest a job can wait on its model call: every HTTP try timing out, with the pauses between
 * them (at most 30 s each). A failed call is not run again, so this bounds the job.
 */
export function modelCallBoundMs(limits: Pick<RoundLimits, "requestTimeoutMs" | "httpAttempts">): number {
  return limits.httpAttempts * limits.requestTimeoutMs + (limits.httpAttempts - 1) * 30_000;
}
