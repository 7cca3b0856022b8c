// How the built-in model's transformations fared in an iteration: written beside its export (an export
// companion), so that the model trained on it leans toward those that worked.
import type { Store } from "@puzzleloop/store";
import { saveStats } from "./training-dir.ts";
import { derivationOf } from "./transform-kind.ts";
import { TransformStats } from "./transform-stats.ts";

/**
 * Per transformation, the iteration's generated puzzles of that kind and how many got a verified
 * solution. The exported pairs alone show only the successes; the failures are what make a rate.
 * Undefined when no puzzle of the iteration came from a transformation (another model wrote them).
 */
export function transformOutcomes(store: Store, iteration: number): TransformStats | undefined {
  const verified = new Set(
    store
      .puzzleAttemptCounts({ iteration })
      .filter((p) => p.verified > 0)
      .map((p) => p.puzzleId),
  );
  const stats = new TransformStats();
  let recorded = 0;
  for (const round of store.listRounds({ iteration })) {
    for (const puzzle of store.listPuzzles({ roundId: round.id, origin: "generated" })) {
      const kind = derivationOf(puzzle.source);
      if (kind === undefined) continue;
      stats.record(kind, verified.has(puzzle.id));
      recorded++;
    }
  }
  return recorded > 0 ? stats : undefined;
}

/** Writes the outcomes into the export folder `dir` when there are any; returns the file written. */
export async function writeTransformOutcomes(
  store: Store,
  iteration: number,
  dir: string,
): Promise<string | undefined> {
  const stats = transformOutcomes(store, iteration);
  return stats === undefined ? undefined : saveStats(dir, stats);
}
