/** What an export can be asked for, and the one place its defaults are applied and checked. */
import type { Store } from "@puzzleloop/store";
import { ExportOptionsError, MissingHfTokenError } from "./errors.ts";

/**
 * A file written beside the pairs by a model that learns from more than them (the built-in model's
 * transformation outcomes): given the store, the iteration and the folder being written, it returns
 * the file it wrote, if any.
 */
export type ExportCompanion = (store: Store, iteration: number, dir: string) => Promise<string | undefined>;

/** Line formats: chat messages, prompt/completion text, or the plain fields. */
export const EXPORT_FORMATS = ["chat", "completion", "raw"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How lines are weighted: all alike, or by how rarely their puzzle was solved. */
export const WEIGHTINGS = ["none", "inverse-solve-rate"] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

export interface ExportOptions {
  /** The iteration whose verified pairs are exported. */
  iteration: number;
  /** The folder that receives `iteration-<I>/`; created if needed. */
  out: string;
  /**
   * The line format of `train.jsonl`.
   * @defaultValue "chat"
   */
  format?: ExportFormat;
  /**
   * At most this many distinct solutions per puzzle, the shortest (as in Haluptzok et al. 2023).
   * @defaultValue 8
   */
  maxPerPuzzle?: number;
  /**
   * Only puzzles solved at least this often (verified / samples in the iteration).
   * @defaultValue 0
   */
  minSolveRate?: number;
  /**
   * Only puzzles solved at most this often.
   * @defaultValue 1
   */
  maxSolveRate?: number;
  /**
   * Also export seed (train split) puzzles: their reference solutions and their verified attempts.
   * @defaultValue false
   */
  includeSeed?: boolean;
  /**
   * How each line is weighted; weights are normalised to mean 1 over the exported pairs.
   * @defaultValue "none"
   */
  weighting?: Weighting;
  /**
   * Write each line round(weight) times (at least once), for trainers without sample weights.
   * @defaultValue false
   */
  resample?: boolean;
  /**
   * A Hugging Face dataset repository (`owner/name`) to upload the folder to once it is written.
   * @defaultValue undefined (no upload)
   */
  pushToHub?: string;
  /**
   * The Hub token used by `pushToHub`.
   * @defaultValue `HF_TOKEN` from the environment
   */
  hfToken?: string;
  /**
   * The clock that stamps the manifest and the store record, in milliseconds since the epoch.
   * @defaultValue Date.now
   */
  clock?: () => number;
  /**
   * Files written beside the pairs, each by its own model's code.
   * @defaultValue none
   */
  companions?: readonly ExportCompanion[];
}

export type ResolvedExportOptions = Required<Omit<ExportOptions, "pushToHub" | "hfToken">> &
  Pick<ExportOptions, "pushToHub" | "hfToken">;

/** The defaults of every optional field. */
export const EXPORT_DEFAULTS = {
  format: "chat",
  maxPerPuzzle: 8,
  minSolveRate: 0,
  maxSolveRate: 1,
  includeSeed: false,
  weighting: "none",
  resample: false,
} as const satisfies Partial<ExportOptions>;

/** Applies the defaults and checks every value, so that nothing is written for a request that cannot be met. */
export function resolveExportOptions(
  options: ExportOptions,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedExportOptions {
  const resolved: ResolvedExportOptions = {
    iteration: options.iteration,
    out: options.out,
    format: options.format ?? EXPORT_DEFAULTS.format,
    maxPerPuzzle: options.maxPerPuzzle ?? EXPORT_DEFAULTS.maxPerPuzzle,
    minSolveRate: options.minSolveRate ?? EXPORT_DEFAULTS.minSolveRate,
    maxSolveRate: options.maxSolveRate ?? EXPORT_DEFAULTS.maxSolveRate,
    includeSeed: options.includeSeed ?? EXPORT_DEFAULTS.includeSeed,
    weighting: options.weighting ?? EXPORT_DEFAULTS.weighting,
    resample: options.resample ?? EXPORT_DEFAULTS.resample,
    pushToHub: options.pushToHub?.trim() || undefined,
    hfToken: options.hfToken?.trim() || env.HF_TOKEN?.trim() || undefined,
    clock: options.clock ?? Date.now,
    companions: options.companions ?? [],
  };
  checkOptions(resolved);
  return resolved;
}

function checkOptions(o: ResolvedExportOptions): void {
  if (!Number.isInteger(o.iteration) || o.iteration < 0)
    throw new ExportOptionsError(`iteration must be a whole number >= 0, got ${o.iteration}`);
  if (o.out.trim() === "") throw new ExportOptionsError("the output folder must not be empty");
  if (!EXPORT_FORMATS.includes(o.format))
    throw new ExportOptionsError(`format must be one of ${EXPORT_FORMATS.join(", ")}, got "${o.format}"`);
  if (!WEIGHTINGS.includes(o.weighting))
    throw new ExportOptionsError(`weighting must be one of ${WEIGHTINGS.join(", ")}, got "${o.weighting}"`);
  if (!Number.isInteger(o.maxPerPuzzle) || o.maxPerPuzzle < 1)
    throw new ExportOptionsError(`max per puzzle must be a positive whole number, got ${o.maxPerPuzzle}`);
  for (const [name, rate] of [
    ["min solve rate", o.minSolveRate],
    ["max solve rate", o.maxSolveRate],
  ] as const) {
    if (!(rate >= 0 && rate <= 1)) throw new ExportOptionsError(`${name} must be within 0..1, got ${rate}`);
  }
  if (o.minSolveRate > o.maxSolveRate)
    throw new ExportOptionsError(
      `min solve rate ${o.minSolveRate} is above max solve rate ${o.maxSolveRate}: no puzzle could pass`,
    );
  if (o.resample && o.weighting === "none")
    throw new ExportOptionsError(
      "resampling copies lines by weight, and without a weighting every weight is 1: add inverse-solve-rate weighting",
    );
  if (o.pushToHub !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(o.pushToHub))
    throw new ExportOptionsError(`the Hub repository must read owner/name, got "${o.pushToHub}"`);
  if (o.pushToHub !== undefined && o.hfToken === undefined) throw new MissingHfTokenError(o.pushToHub);
}
