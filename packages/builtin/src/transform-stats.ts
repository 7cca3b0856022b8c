// Which transformations made puzzles that were verified: counts that tilt generation toward what works.
import { TRANSFORM_KINDS, type TransformKind } from "./transform-kind.ts";

/** Counts for one transformation. */
export interface KindCounts {
  /** Puzzles of this kind whose outcome was recorded. */
  tried: number;
  /** Of those, the ones that got a verified solution. */
  verified: number;
}

/** The persisted form: one entry per transformation kind. */
export type TransformStatsJson = Partial<Record<TransformKind, KindCounts>>;

export class InvalidStatsError extends Error {
  override name = "InvalidStatsError";
}

/**
 * Outcome counts per transformation. The weight of a kind is its prior times its success rate with one
 * success and one failure assumed (Laplace), so a kind with no record keeps half its prior and none is
 * ever ruled out: the rare kinds stay in the mix.
 */
export class TransformStats {
  readonly #counts = new Map<TransformKind, KindCounts>();

  static fromJSON(json: unknown): TransformStats {
    const stats = new TransformStats();
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw new InvalidStatsError("transform stats must be an object keyed by transformation kind");
    }
    for (const kind of TRANSFORM_KINDS) {
      const entry = (json as Record<string, unknown>)[kind];
      if (entry === undefined) continue;
      const { tried, verified } = (entry ?? {}) as Partial<KindCounts>;
      if (!isCount(tried) || !isCount(verified) || verified > tried) {
        throw new InvalidStatsError(`transform stats for ${kind} need counts with verified <= tried`);
      }
      stats.#counts.set(kind, { tried, verified });
    }
    return stats;
  }

  /** Records one puzzle of `kind`, verified or not. */
  record(kind: TransformKind, verified: boolean): void {
    const counts = this.counts(kind);
    this.#counts.set(kind, { tried: counts.tried + 1, verified: counts.verified + (verified ? 1 : 0) });
  }

  /** Adds another set of counts to these. */
  merge(other: TransformStats): void {
    for (const kind of TRANSFORM_KINDS) {
      const a = this.counts(kind);
      const b = other.counts(kind);
      if (b.tried > 0)
        this.#counts.set(kind, { tried: a.tried + b.tried, verified: a.verified + b.verified });
    }
  }

  counts(kind: TransformKind): KindCounts {
    return this.#counts.get(kind) ?? { tried: 0, verified: 0 };
  }

  /** Prior times the smoothed success rate, per kind, in the order of TRANSFORM_KINDS. */
  weights(priors: Readonly<Record<TransformKind, number>>): number[] {
    return TRANSFORM_KINDS.map((kind) => {
      const { tried, verified } = this.counts(kind);
      return priors[kind] * ((verified + 1) / (tried + 2));
    });
  }

  toJSON(): TransformStatsJson {
    return Object.fromEntries(
      TRANSFORM_KINDS.filter((k) => this.#counts.has(k)).map((k) => [k, this.counts(k)]),
    );
  }
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
