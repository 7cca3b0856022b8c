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

  addPuzzle(rate: number | null, pairs: number): void {
    const bucket = this.bucket(rate);
    bucket.puzzles++;
    bucket.pairs += pairs;
  }

  addLines(rate: number | null, lines: number): void {
    this.bucket(rate).lines += lines;
  }

  toJSON(): DifficultyBucket[] {
    return this.buckets.map((b) => ({ ...b }));
  }

  /** The bucket of a solve rate (core's solveRate; 3/10 lands in 0.3-0.4), or of none. */
  private bucket(rate: number | null): DifficultyBucket {
    const index = rate === null ? BUCKETS : Math.min(BUCKETS - 1, Math.floor(BUCKETS * rate));
    return this.buckets[index]!;
  }
}
