/**
 * A puzzle's solve rate: the share of its samples (every completion a model returned for it, identical
 * ones each counted) that verified. The one place the rate is computed: the export's filters and
 * weights, the report and pass@k all count the same samples.
 */

/** One answered sample's text and how many of the puzzle's samples were that same text. */
export interface SampleCount {
  /** Identical completions this attempt stands for (at least 1). */
  copies: number;
  verified: boolean;
}

/** Samples and verified samples over a puzzle's attempts, each attempt counted `copies` times. */
export function countSamples(attempts: Iterable<SampleCount>): { samples: number; verified: number } {
  let samples = 0;
  let verified = 0;
  for (const attempt of attempts) {
    samples += attempt.copies;
    if (attempt.verified) verified += attempt.copies;
  }
  return { samples, verified };
}

/** verified / samples; null when the puzzle has no samples (a seed shown, never tried). */
export function solveRate(samples: number, verified: number): number | null {
  return samples > 0 ? verified / samples : null;
}
