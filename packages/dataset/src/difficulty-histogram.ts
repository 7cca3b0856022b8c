/** Puzzles, pairs and lines per solve-rate bucket: shows where an export's weight went. */

/** One bucket: [min, max), the last one closed at 1; or the puzzles with no solve rate. */
export interface DifficultyBucket {
  /** `0.0-0.1` ... `0.9-1.0`, or `unknown` for puzzles never attempted. */
  range: string;
  min: number | null;
  max: number | null;
  puzzles: number;
  pairs: number;
  /** Lines written: more than `pairs` where resampling copied them. */
  lines: number;
}

const BUCKETS = 10;

/** Counts per bucket, filled as puzzles and lines go by. */
export class DifficultyHistogram {
  private readonly buckets: DifficultyBucket[] = [
    ...Array.from({ length: BUCKETS }, (_, i) => ({
      range: `${(i / BUCKETS).toFixed(1)}-${((i + 1) / BUCKETS).toFixed(1)}`,
      min: i / BUCKETS,
      max: (i + 1) / BUCKETS,
      puzzles: 0,
      pairs: 0,
      lines: 0,
    })),
    { range: "unknown", min: null, max: null, puzzles: 0, pairs: 0, lines: 0 },
  ];

  addPuzzle(attempts: number, verified: number, pairs: number): void {
    const bucket = this.bucket(attempts, verified);
    bucket.puzzles++;
    bucket.pairs += pairs;
  }

  addLines(attempts: number, verified: number, lines: number): void {
    this.bucket(attempts, verified).lines += lines;
  }

  toJSON(): DifficultyBucket[] {
    return this.buckets.map((b) => ({ ...b }));
  }

  /** From the counts, not the rounded rate, so that 3/10 lands in 0.3-0.4 and not below it. */
  private bucket(attempts: number, verified: number): DifficultyBucket {
    const index = attempts > 0 ? Math.min(BUCKETS - 1, Math.floor((BUCKETS * verified) / attempts)) : BUCKETS;
    return this.buckets[index]!;
  }
}
