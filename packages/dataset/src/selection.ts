/** Which solutions of a puzzle are exported: origin and solve-rate filters, then the shortest distinct few. */
import { solveRate } from "@puzzleloop/core";
import type { PuzzleOrigin } from "@puzzleloop/store";
import type { CandidateSolution, PuzzleCandidates } from "./puzzle-candidates.ts";
import { solutionHash } from "./solution-hash.ts";

/** Why pairs were left out. */
export const SKIP_REASONS = [
  /** A seed puzzle, while seeds are not included. */
  "seed",
  /** A solve-rate filter is set and the puzzle has no attempts to measure it by. */
  "unknownSolveRate",
  "belowMinSolveRate",
  "aboveMaxSolveRate",
  /** The same solution as a shorter one, by normalised hash. */
  "duplicateSolution",
  /** Beyond the shortest `maxPerPuzzle` distinct solutions. */
  "overMaxPerPuzzle",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SelectionRules {
  maxPerPuzzle: number;
  minSolveRate: number;
  maxSolveRate: number;
  includeSeed: boolean;
}

/** A puzzle/solution pair as exported. */
export interface ExportPair {
  puzzleId: number;
  puzzleHash: string;
  puzzle: string;
  origin: PuzzleOrigin;
  seedId: string | null;
  domain: string | null;
  solution: string;
  /** The normalised hash of the solution. */
  solutionHash: string;
  attemptId: number | null;
  roundId: string | null;
  model: string | null;
  /** Samples of the puzzle in the iteration (identical completions each counted). */
  samples: number;
  /** Of those, the samples that verified. */
  verified: number;
  /** verified / samples in the iteration; null when the puzzle had no samples (a seed shown, never tried). */
  solveRate: number | null;
}

export interface Selection {
  /** The pairs kept, shortest first. */
  pairs: ExportPair[];
  /** Pairs left out, by reason. */
  skipped: Partial<Record<SkipReason, number>>;
}

/** Applies `rules` to one puzzle's candidates. */
export function selectSolutions(group: PuzzleCandidates, rules: SelectionRules): Selection {
  const rate = solveRate(group.samples, group.verified);
  const excluded = puzzleExclusion(group.origin, rate, rules);
  if (excluded !== undefined) return { pairs: [], skipped: { [excluded]: group.solutions.length } };

  const hashed = group.solutions.map((candidate) => ({ candidate, hash: solutionHash(candidate.solution) }));
  hashed.sort(shortestFirst);
  const seen = new Set<string>();
  const distinct: typeof hashed = [];
  for (const item of hashed) {
    if (seen.has(item.hash)) continue;
    seen.add(item.hash);
    distinct.push(item);
  }
  const kept = distinct.slice(0, rules.maxPerPuzzle);
  const skipped: Selection["skipped"] = {};
  if (distinct.length < hashed.length) skipped.duplicateSolution = hashed.length - distinct.length;
  if (kept.length < distinct.length) skipped.overMaxPerPuzzle = distinct.length - kept.length;
  return { pairs: kept.map(({ candidate, hash }) => toPair(group, candidate, hash, rate)), skipped };
}

function puzzleExclusion(
  origin: PuzzleOrigin,
  rate: number | null,
  rules: SelectionRules,
): SkipReason | undefined {
  if (origin === "seed" && !rules.includeSeed) return "seed";
  const filtered = rules.minSolveRate > 0 || rules.maxSolveRate < 1;
  if (rate === null) return filtered ? "unknownSolveRate" : undefined;
  if (rate < rules.minSolveRate) return "belowMinSolveRate";
  if (rate > rules.maxSolveRate) return "aboveMaxSolveRate";
  return undefined;
}

/** Shortest first; ties by hash, then text, then attempt, so that the order never depends on the input's. */
function shortestFirst(
  a: { candidate: CandidateSolution; hash: string },
  b: { candidate: CandidateSolution; hash: string },
): number {
  return (
    a.candidate.solution.length - b.candidate.solution.length ||
    compare(a.hash, b.hash) ||
    compare(a.candidate.solution, b.candidate.solution) ||
    (a.candidate.attemptId ?? -1) - (b.candidate.attemptId ?? -1)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPair(
  group: PuzzleCandidates,
  candidate: CandidateSolution,
  hash: string,
  rate: number | null,
): ExportPair {
  return {
    puzzleId: group.puzzleId,
    puzzleHash: group.puzzleHash,
    puzzle: group.puzzle,
    origin: group.origin,
    seedId: group.seedId,
    domain: group.domain,
    solution: candidate.solution,
    solutionHash: hash,
    attemptId: candidate.attemptId,
    roundId: candidate.roundId,
    model: candidate.model,
    samples: group.samples,
    verified: group.verified,
    solveRate: rate,
  };
}
