/** What an export kept and left out, tallied as it streams, and flattened for the store's record. */
import { PUZZLE_ORIGINS, type PuzzleOrigin } from "@puzzleloop/store";
import { type Selection, SKIP_REASONS, type SkipReason } from "./selection.ts";

export interface OriginCounts {
  puzzles: number;
  pairs: number;
  /** Lines written: more than `pairs` where resampling copied them. */
  lines: number;
}

export interface SkipCounts {
  /** Puzzles the reason applied to (all of their pairs, or some). */
  puzzles: number;
  pairs: number;
}

export interface ExportCounts extends OriginCounts {
  byOrigin: Record<PuzzleOrigin, OriginCounts>;
  skipped: Record<SkipReason, SkipCounts>;
}

export function emptyCounts(): ExportCounts {
  const zero = (): OriginCounts => ({ puzzles: 0, pairs: 0, lines: 0 });
  return {
    ...zero(),
    byOrigin: Object.fromEntries(PUZZLE_ORIGINS.map((o) => [o, zero()])) as Record<
      PuzzleOrigin,
      OriginCounts
    >,
    skipped: Object.fromEntries(SKIP_REASONS.map((r) => [r, { puzzles: 0, pairs: 0 }])) as Record<
      SkipReason,
      SkipCounts
    >,
  };
}

/** Adds one puzzle's selection. */
export function countSelection(counts: ExportCounts, origin: PuzzleOrigin, selection: Selection): void {
  for (const reason of SKIP_REASONS) {
    const pairs = selection.skipped[reason];
    if (pairs === undefined || pairs === 0) continue;
    counts.skipped[reason].puzzles++;
    counts.skipped[reason].pairs += pairs;
  }
  if (selection.pairs.length === 0) return;
  counts.puzzles++;
  counts.pairs += selection.pairs.length;
  counts.byOrigin[origin].puzzles++;
  counts.byOrigin[origin].pairs += selection.pairs.length;
}

/** Adds the lines written for one pair. */
export function countLines(counts: ExportCounts, origin: PuzzleOrigin, lines: number): void {
  counts.lines += lines;
  counts.byOrigin[origin].lines += lines;
}

/** The counts as one flat record (`seed.pairs`, `skipped.duplicateSolution.pairs`, ...), as the store keeps them. */
export function flattenCounts(counts: ExportCounts): Record<string, number> {
  const flat: Record<string, number> = { puzzles: counts.puzzles, pairs: counts.pairs, lines: counts.lines };
  for (const [origin, c] of Object.entries(counts.byOrigin)) {
    for (const [key, n] of Object.entries(c)) flat[`${origin}.${key}`] = n;
  }
  for (const [reason, c] of Object.entries(counts.skipped)) {
    for (const [key, n] of Object.entries(c)) flat[`skipped.${reason}.${key}`] = n;
  }
  return flat;
}
