/** Verified pairs gathered per puzzle, with seed puzzles' reference solutions merged in, in puzzle id order. */
import type { PuzzleOrigin, VerifiedPair } from "@puzzleloop/store";
import { ExportError } from "./errors.ts";

/** A verified solution the export may keep. */
export interface CandidateSolution {
  /** TypeScript source of `sol`. */
  solution: string;
  /** The attempt that wrote it; null for a seed's reference solution. */
  attemptId: number | null;
  /** The round of the attempt; null for a reference solution. */
  roundId: string | null;
  /** The model that wrote it; null for a reference solution. */
  model: string | null;
}

/** One puzzle and every verified solution of it in the iteration. */
export interface PuzzleCandidates {
  puzzleId: number;
  puzzleHash: string;
  /** TypeScript source of `sat`. */
  puzzle: string;
  origin: PuzzleOrigin;
  seedId: string | null;
  domain: string | null;
  /** Samples of the puzzle in the iteration's rounds (identical completions each counted). */
  samples: number;
  /** Of those, the samples that verified. */
  verified: number;
  solutions: CandidateSolution[];
}

/** A seed puzzle with its reference solution and its attempt counts in the iteration. */
export interface SeedReference {
  puzzleId: number;
  puzzleHash: string;
  puzzle: string;
  seedId: string | null;
  domain: string | null;
  solution: string;
  samples: number;
  verified: number;
}

/**
 * Groups `pairs` (ordered by puzzle id, as the store streams them) per puzzle and merges in `seeds`
 * (ordered by puzzle id): a seed with verified attempts gets its reference added to them, one
 * without becomes a puzzle of its own. Only one puzzle's solutions are held at a time.
 */
export function* puzzleCandidates(
  pairs: Iterable<VerifiedPair>,
  seeds: Iterable<SeedReference> = [],
): Generator<PuzzleCandidates, void, undefined> {
  const pending = seeds[Symbol.iterator]();
  let seed = pending.next();
  const seedsBefore = function* (puzzleId: number): Generator<PuzzleCandidates, void, undefined> {
    while (!seed.done && seed.value.puzzleId < puzzleId) {
      yield fromSeed(seed.value);
      seed = pending.next();
    }
  };
  const withSeed = (group: PuzzleCandidates): PuzzleCandidates => {
    if (seed.done || seed.value.puzzleId !== group.puzzleId) return group;
    group.solutions.push(reference(seed.value.solution));
    seed = pending.next();
    return group;
  };

  let group: PuzzleCandidates | undefined;
  for (const pair of pairs) {
    if (group !== undefined && pair.puzzleId === group.puzzleId) {
      group.solutions.push(fromPair(pair));
      continue;
    }
    if (group !== undefined) {
      if (pair.puzzleId < group.puzzleId)
        throw new ExportError("verified pairs must come ordered by puzzle id");
      yield withSeed(group);
    }
    yield* seedsBefore(pair.puzzleId);
    group = {
      puzzleId: pair.puzzleId,
      puzzleHash: pair.puzzleHash,
      puzzle: pair.puzzle,
      origin: pair.origin,
      seedId: pair.seedId,
      domain: pair.domain,
      samples: pair.samples,
      verified: pair.verified,
      solutions: [fromPair(pair)],
    };
  }
  if (group !== undefined) yield withSeed(group);
  yield* seedsBefore(Number.POSITIVE_INFINITY);
}

function fromPair(pair: VerifiedPair): CandidateSolution {
  return { solution: pair.solution, attemptId: pair.attemptId, roundId: pair.roundId, model: pair.model };
}

function reference(solution: string): CandidateSolution {
  return { solution, attemptId: null, roundId: null, model: null };
}

function fromSeed(seed: SeedReference): PuzzleCandidates {
  return {
    puzzleId: seed.puzzleId,
    puzzleHash: seed.puzzleHash,
    puzzle: seed.puzzle,
    origin: "seed",
    seedId: seed.seedId,
    domain: seed.domain,
    samples: seed.samples,
    verified: seed.verified,
    solutions: [reference(seed.solution)],
  };
}
