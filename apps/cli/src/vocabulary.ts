/**
 * The words flags take that the packages define, repeated here so that checking flags loads none of
 * the packages (start-up stays fast); `vocabulary.test.ts` holds them equal to the packages' own.
 */

export const STAGES = ["generate", "solve", "verify", "persist"] as const;
export type Stage = (typeof STAGES)[number];

export const DEFAULT_CONCURRENCY: Record<Stage, number> = { generate: 2, solve: 4, verify: 2, persist: 1 };

export const EXPORT_FORMATS = ["chat", "completion", "raw"] as const;

export const WEIGHTINGS = ["none", "inverse-solve-rate"] as const;

export const SPLITS = ["train", "test"] as const;
