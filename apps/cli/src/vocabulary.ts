/**
 * The words flags take that the packages define, repeated here so that checking flags loads none of
 * the packages (start-up stays fast); `vocabulary.test.ts` holds them equal to the packages' own.
 */

export const STAGES = ["generate", "solve", "verify", "persist"] as const;
export type Stage = (typeof STAGES)[number];

export const DEFAULT_CONCURRENCY: Record<Stage, number> = { generate: 2, solve: 4, verify: 2, persist: 1 };

/** A round's limits by default (the loop's DEFAULT_ROUND_LIMITS), and the persist stage's wait for a locked database. */
export const DEFAULT_ROUND_LIMITS = {
  jobAttempts: 3,
  requestTimeoutMs: 60_000,
  httpAttempts: 3,
  maxCompletionChars: 65_536,
  redisTtlS: 86_400,
} as const;
export const DEFAULT_DB_WAIT_MS = 120_000;

export const EXPORT_FORMATS = ["chat", "completion", "raw"] as const;

export const WEIGHTINGS = ["none", "inverse-solve-rate"] as const;

export const SPLITS = ["train", "test"] as const;
