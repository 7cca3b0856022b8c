/** Flag parsing shared by the commands: each bad value is a one-line error naming the fix. */
import { DEFAULT_ROUND_LIMITS, type RoundLimits } from "@puzzleloop/loop";
import type { Limits } from "@puzzleloop/sandbox";
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

/** An iteration number, or undefined when the flag is absent. */
export function iterationNumber(
  value: string | undefined,
  flag: string,
  hint = "`puzzleloop iteration list`",
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0) {
    throw new InputError(`--${flag} must be an iteration number, got "${value}"; see ${hint}`);
  }
  return n;
}

/** A number from 0 to 1. */
export function rate(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1)) {
    throw new InputError(`--${flag} must be a number from 0 to 1, got "${value}"`);
  }
  return n;
}

/** One of `allowed`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
  }
  return value as T;
}

export function parseLimits(args: {
  "timeout-ms"?: string;
  "memory-mb"?: string;
}): Partial<Limits> | undefined {
  const timeoutMs = positiveInt(args["timeout-ms"], "timeout-ms");
  const memoryMb = positiveInt(args["memory-mb"], "memory-mb");
  const limits: Partial<Limits> = {};
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  if (memoryMb !== undefined) {
    if (memoryMb < 8) throw new InputError(`--memory-mb must be at least 8, got ${memoryMb}`);
    limits.memoryMb = memoryMb;
  }
  return Object.keys(limits).length === 0 ? undefined : limits;
}

/** A round's limits: how its jobs and model calls may fail, how big a completion may be, how long its state is kept. */
export const roundLimitArgs = {
  "job-attempts": {
    type: "string",
    description: `Runs of a job before it fails for good; a failed model call is not run again (default ${DEFAULT_ROUND_LIMITS.jobAttempts})`,
    valueHint: "N",
  },
  "request-timeout-ms": {
    type: "string",
    description: `Time allowed for one HTTP request to the model (default ${DEFAULT_ROUND_LIMITS.requestTimeoutMs})`,
    valueHint: "MS",
  },
  "http-attempts": {
    type: "string",
    description: `HTTP requests per model call, the first included, before it fails (default ${DEFAULT_ROUND_LIMITS.httpAttempts})`,
    valueHint: "N",
  },
  "max-completion-chars": {
    type: "string",
    description: `Characters kept of one completion; the rest is cut and counted as truncated (default ${DEFAULT_ROUND_LIMITS.maxCompletionChars})`,
    valueHint: "N",
  },
  "redis-ttl-s": {
    type: "string",
    description: `Seconds a round's Redis state is kept once it has ended (default ${DEFAULT_ROUND_LIMITS.redisTtlS})`,
    valueHint: "S",
  },
} as const;

export function parseRoundLimits(args: {
  "job-attempts"?: string;
  "request-timeout-ms"?: string;
  "http-attempts"?: string;
  "max-completion-chars"?: string;
  "redis-ttl-s"?: string;
}): Partial<RoundLimits> {
  const limits: Partial<RoundLimits> = {
    jobAttempts: positiveInt(args["job-attempts"], "job-attempts"),
    requestTimeoutMs: positiveInt(args["request-timeout-ms"], "request-timeout-ms"),
    httpAttempts: positiveInt(args["http-attempts"], "http-attempts"),
    maxCompletionChars: positiveInt(args["max-completion-chars"], "max-completion-chars"),
    redisTtlS: positiveInt(args["redis-ttl-s"], "redis-ttl-s"),
  };
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
}

/** How long the persist stage of workers in this process waits out a locked database. */
export const dbWaitArg = {
  "db-wait-ms": {
    type: "string",
    description:
      "How long the persist stage waits for a database another process has locked before that work fails for good (default 120000)",
    valueHint: "MS",
  },
} as const;

export function parseDbWait(args: { "db-wait-ms"?: string }): { dbWaitMs?: number } {
  const dbWaitMs = positiveInt(args["db-wait-ms"], "db-wait-ms");
  return dbWaitMs === undefined ? {} : { dbWaitMs };
}
