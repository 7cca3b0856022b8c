// The built-in model's options and their defaults, applied in one place.
import type { SolvedExample } from "@puzzleloop/model";
import { verifyBatch } from "@puzzleloop/sandbox";
import type { VerifyJobs } from "./answer-search.ts";
import { SearchPrior } from "./search-prior.ts";
import type { TransformKind } from "./transform-kind.ts";
import { TransformStats } from "./transform-stats.ts";

/** How often each transformation is tried before outcome counts adjust it: instances first, as they solve best. */
export const DEFAULT_TRANSFORM_WEIGHTS: Readonly<Record<TransformKind, number>> = Object.freeze({
  "new-defaults": 0.45,
  "body-edit": 0.25,
  conjunction: 0.1,
  composition: 0.2,
});

export interface BuiltinModelOptions {
  /**
   * Solved puzzles the model may retrieve from besides each request's examples: the seed train split with
   * reference solutions, pairs exported by earlier iterations. Never the test split.
   * @defaultValue []
   */
  library?: Iterable<SolvedExample>;
  /**
   * Outcome counts per transformation; generation prefers kinds whose puzzles were verified.
   * @defaultValue no counts (the priors alone)
   */
  stats?: TransformStats;
  /**
   * Which candidate families held verified answers: the answer search gives those a larger share.
   * @defaultValue an empty prior (every family an equal share)
   */
  prior?: SearchPrior;
  /**
   * Mixed into every request's seed: two models with different seeds answer the same request differently.
   * @defaultValue 0
   */
  seed?: number;
  /**
   * Prior weight of each transformation; 0 turns one off.
   * @defaultValue DEFAULT_TRANSFORM_WEIGHTS
   */
  transforms?: Partial<Record<TransformKind, number>>;
  /**
   * Wall time of the answer search in one solve call, in milliseconds.
   * @defaultValue 2000
   */
  searchBudgetMs?: number;
  /**
   * Most candidate answers checked in one solve call.
   * @defaultValue 50000
   */
  maxCandidates?: number;
  /**
   * Time limit of one candidate check, in milliseconds.
   * @defaultValue 100
   */
  candidateTimeoutMs?: number;
  /**
   * Time limit of each phase when a retrieved solution is checked, in milliseconds.
   * @defaultValue 1000
   */
  retrievalTimeoutMs?: number;
  /**
   * Most retrieved solutions checked per solve call.
   * @defaultValue 12
   */
  maxRetrieved?: number;
  /**
   * Runs sandbox jobs.
   * @defaultValue verifyBatch of @puzzleloop/sandbox (its shared pool)
   */
  verify?: VerifyJobs;
}

export interface ResolvedBuiltinOptions {
  library: readonly SolvedExample[];
  stats: TransformStats;
  prior: SearchPrior;
  seed: number;
  transforms: Record<TransformKind, number>;
  searchBudgetMs: number;
  maxCandidates: number;
  candidateTimeoutMs: number;
  retrievalTimeoutMs: number;
  maxRetrieved: number;
  verify: VerifyJobs;
}

export function resolveBuiltinOptions(options: BuiltinModelOptions): ResolvedBuiltinOptions {
  const resolved: ResolvedBuiltinOptions = {
    library: [...(options.library ?? [])],
    stats: options.stats ?? new TransformStats(),
    prior: options.prior ?? new SearchPrior(),
    seed: options.seed ?? 0,
    transforms: { ...DEFAULT_TRANSFORM_WEIGHTS, ...options.transforms },
    searchBudgetMs: options.searchBudgetMs ?? 2000,
    maxCandidates: options.maxCandidates ?? 50_000,
    candidateTimeoutMs: options.candidateTimeoutMs ?? 100,
    retrievalTimeoutMs: options.retrievalTimeoutMs ?? 1000,
    maxRetrieved: options.maxRetrieved ?? 12,
    verify: options.verify ?? ((jobs, limits) => verifyBatch(jobs, limits)),
  };
  if (!Number.isSafeInteger(resolved.seed))
    throw new RangeError(`seed must be an integer, got ${resolved.seed}`);
  for (const [name, value] of Object.entries(resolved.transforms)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`transform weight ${name} must be >= 0, got ${value}`);
  }
  if (Object.values(resolved.transforms).every((w) => w === 0))
    throw new RangeError("at least one transform weight must be positive");
  for (const key of ["searchBudgetMs", "maxCandidates", "maxRetrieved"] as const) {
    if (!Number.isSafeInteger(resolved[key]) || resolved[key] < 0)
      throw new RangeError(`${key} must be a non-negative integer`);
  }
  for (const key of ["candidateTimeoutMs", "retrievalTimeoutMs"] as const) {
    if (!Number.isSafeInteger(resolved[key]) || resolved[key] < 1)
      throw new RangeError(`${key} must be a positive integer`);
  }
  return resolved;
}
