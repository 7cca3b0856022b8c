/** The sandbox verifier: decides, in isolation, whether a solution satisfies a puzzle. */
import { DEFAULT_LIMITS, InvalidLimitsError, LIMIT_RANGES, resolveLimits } from "./limits.ts";
import { SandboxPool, SandboxPoolClosedError, type SandboxPoolOptions } from "./pool.ts";
import { strip, Transpiler } from "./transpile.ts";
import { type Job, type Limits, VERIFY_STATUSES, type VerifyResult, type VerifyStatus } from "./types.ts";
import { DEFAULT_SEED, Verifier, type VerifierOptions } from "./verifier.ts";

export type { Job, Limits, SandboxPoolOptions, VerifierOptions, VerifyResult, VerifyStatus };
export {
  DEFAULT_LIMITS,
  DEFAULT_SEED,
  InvalidLimitsError,
  LIMIT_RANGES,
  resolveLimits,
  SandboxPool,
  SandboxPoolClosedError,
  strip,
  Transpiler,
  VERIFY_STATUSES,
  Verifier,
};

let shared: SandboxPool | undefined;

/** The process-wide pool behind `verifyPair` and friends, started on first use. */
export function sharedPool(): SandboxPool {
  shared ??= new SandboxPool();
  return shared;
}

/** Stops the shared pool, if one was started. */
export async function closeSharedPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}

/** Verifies that `solution`'s `sol()` satisfies `puzzle`'s `sat` (both TypeScript sources). */
export function verifyPair(
  puzzle: string,
  solution: string,
  limits?: Partial<Limits>,
): Promise<VerifyResult> {
  return sharedPool().run({ kind: "pair", puzzle, solution }, limits);
}

/** Runs only phase 2: does `puzzle`'s `sat` accept the answer given as JSON? */
export function verifyAnswer(
  puzzle: string,
  answer: string,
  limits?: Partial<Limits>,
): Promise<VerifyResult> {
  return sharedPool().run({ kind: "answer", puzzle, answer }, limits);
}

/** Verifies many jobs over all cores; results in the order of `jobs`. */
export function verifyBatch(jobs: readonly Job[], limits?: Partial<Limits>): Promise<VerifyResult[]> {
  return sharedPool().runBatch(jobs, limits);
}
