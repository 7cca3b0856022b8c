/** Default verification limits and their validation, applied in one place. */
import { z } from "zod";
import type { Limits } from "./types.ts";

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  timeoutMs: 1000,
  memoryMb: 128,
  maxSourceBytes: 64 * 1024,
  maxAnswerBytes: 1024 * 1024,
});

/** The range each time and memory limit may take: callers name them in their own errors. */
export const LIMIT_RANGES = Object.freeze({
  timeoutMs: Object.freeze({ min: 1, max: 600_000 }),
  memoryMb: Object.freeze({ min: 8, max: 8192 }),
});

const limitsSchema = z
  .object({
    timeoutMs: z.number().int().min(LIMIT_RANGES.timeoutMs.min).max(LIMIT_RANGES.timeoutMs.max),
    memoryMb: z.number().int().min(LIMIT_RANGES.memoryMb.min).max(LIMIT_RANGES.memoryMb.max),
    maxSourceBytes: z.number().int().min(1),
    maxAnswerBytes: z.number().int().min(1),
  })
  .partial()
  .strict();

export class InvalidLimitsError extends Error {
  override name = "InvalidLimitsError";
}

/** Fills in defaults and rejects values that make no sense (a zero timeout, a negative heap). */
export function resolveLimits(limits?: Partial<Limits>): Limits {
  if (limits === undefined) return DEFAULT_LIMITS;
  const parsed = limitsSchema.safeParse(limits);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidLimitsError(`invalid limit ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return { ...DEFAULT_LIMITS, ...parsed.data };
}
