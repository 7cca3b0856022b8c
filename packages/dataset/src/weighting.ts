/** Line weights: upweighting rarely solved puzzles, normalised to mean 1, and the copies a resampled export writes. */
import type { Weighting } from "./options.ts";

/**
 * A pair's weight before normalisation. Inverse solve rate favours the puzzles the model rarely
 * solves, the tail a self-trained model would otherwise lose. A puzzle never attempted (a seed shown,
 * never tried) has no evidence of being hard and counts as always solved.
 */
export function rawWeight(solveRate: number | null, weighting: Weighting): number {
  if (weighting === "none" || solveRate === null || solveRate <= 0) return 1;
  return 1 / solveRate;
}

/** The running sum that turns raw weights into weights of mean 1 over every exported pair. */
export class WeightNormaliser {
  private total = 0;
  private count = 0;

  add(raw: number): void {
    this.total += raw;
    this.count++;
  }

  /** The multiplier that makes the mean weight 1; 1 when nothing was added. */
  get scale(): number {
    return this.total > 0 ? this.count / this.total : 1;
  }
}

/** How many times a line of `weight` is written: round(weight), at least once; once when not resampling. */
export function copiesOf(weight: number, resample: boolean): number {
  return resample ? Math.max(1, Math.round(weight)) : 1;
}
