/** The sandbox limits `verify` takes as flags, each checked against the sandbox's own ranges. */
import { LIMIT_RANGES, type Limits } from "@puzzleloop/sandbox";
import { InputError } from "./errors.ts";

export const limitArgs = {
  "timeout-ms": { type: "string", description: "Wall time per phase, in ms (default 1000)", valueHint: "MS" },
  "memory-mb": {
    type: "string",
    description: "Heap limit of the sandbox, in MiB (default 128)",
    valueHint: "MIB",
  },
} as const;

/** Reads a flag that must be a positive integer, or explains how to fix it. */
export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InputError(`--${flag} must be a positive integer, got "${value}"`);
  return n;
}

export function parseLimits(args: {
  "timeout-ms"?: string;
  "memory-mb"?: string;
}): Partial<Limits> | undefined {
  const timeoutMs = inRange(
    positiveInt(args["timeout-ms"], "timeout-ms"),
    "timeout-ms",
    LIMIT_RANGES.timeoutMs,
  );
  const memoryMb = inRange(positiveInt(args["memory-mb"], "memory-mb"), "memory-mb", LIMIT_RANGES.memoryMb);
  const limits: Partial<Limits> = {};
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  if (memoryMb !== undefined) limits.memoryMb = memoryMb;
  return Object.keys(limits).length === 0 ? undefined : limits;
}

function inRange(
  n: number | undefined,
  flag: string,
  range: { min: number; max: number },
): number | undefined {
  if (n !== undefined && (n < range.min || n > range.max)) {
    throw new InputError(`--${flag} must be from ${range.min} to ${range.max}, got ${n}`);
  }
  return n;
}
