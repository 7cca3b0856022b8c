// Puzzles that are the same puzzle under their normal form: the seed library must hold none.
import { normalizeSat } from "@puzzleloop/core";

/** Groups of ids whose `sat` normalises to the same hash; each group has two ids or more. */
export function duplicateGroups(puzzles: readonly { id: string; source: string }[]): string[][] {
  const byHash = new Map<string, string[]>();
  for (const puzzle of puzzles) {
    const normal = normalizeSat(puzzle.source);
    if (!normal.ok) continue;
    const ids = byHash.get(normal.value.hash) ?? [];
    ids.push(puzzle.id);
    byHash.set(normal.value.hash, ids);
  }
  return [...byHash.values()].filter((ids) => ids.length > 1);
}
