/** Sandbox limit flags shared by the commands that verify, parsed once into `Limits`. */
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
