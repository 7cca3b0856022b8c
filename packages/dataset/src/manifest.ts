/** `manifest.json`: what an export holds, how it was made, and the hash of each data file. */
import type { RoundStatus } from "@puzzleloop/store";
import type { DifficultyBucket } from "./difficulty-histogram.ts";
import type { ExportCounts } from "./export-counts.ts";
import type { WrittenFile } from "./jsonl-writer.ts";
import type { ExportFormat, Weighting } from "./options.ts";

export const MANIFEST_FILE = "manifest.json";
export const DATA_FILE = "train.jsonl";

/** Every option that shaped the data, so that the export can be repeated. */
export interface ManifestOptions {
  format: ExportFormat;
  maxPerPuzzle: number;
  minSolveRate: number;
  maxSolveRate: number;
  includeSeed: boolean;
  weighting: Weighting;
  resample: boolean;
  pushToHub: string | null;
}

export interface ManifestRound {
  id: string;
  model: string;
  status: RoundStatus;
}

/** The spread of the normalised weights over the exported pairs (mean 1 when there are any). */
export interface WeightStats {
  min: number;
  max: number;
  mean: number;
}

export interface ExportManifest {
  iteration: number;
  /** The id of the database it was exported from (`Store.datasetId`): an export is only ever its own database's. */
  dataset: string;
  /** The iteration's model: the base the export is meant to fine-tune. */
  baseModel: string;
  /** The models that wrote the exported solutions, sorted. */
  models: string[];
  /** The iteration's rounds, in creation order. */
  rounds: ManifestRound[];
  /** ISO 8601. */
  createdAt: string;
  options: ManifestOptions;
  counts: ExportCounts;
  weights: WeightStats;
  /** Puzzles, pairs and lines per solve-rate bucket. */
  histogram: DifficultyBucket[];
  /** Each data file, by name. */
  files: Record<string, WrittenFile>;
}

/** The manifest as written: stable key order, two-space indent, a final newline. */
export function manifestText(manifest: ExportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
