/** Dataset export: an iteration's verified pairs as a fine-tuning folder, with its manifest, card and recipe. */
export { CARD_FILE } from "./dataset-card.ts";
export { type DifficultyBucket, DifficultyHistogram } from "./difficulty-histogram.ts";
export { ExportError, ExportOptionsError, HubPushError, MissingHfTokenError } from "./errors.ts";
export type { ExportCounts, OriginCounts, SkipCounts } from "./export-counts.ts";
export { emptyCounts, flattenCounts } from "./export-counts.ts";
export { type ExportResult, exportIteration, iterationDirName } from "./export-iteration.ts";
export type { WrittenFile } from "./jsonl-writer.ts";
export {
  type ChatLine,
  type CompletionLine,
  chatLine,
  completionLine,
  type ExportLine,
  formatLine,
  LINE_SCHEMAS,
  type LineFormatCode,
  LineFormatError,
  type LineMetadata,
  lineMetadata,
  type ParsedLine,
  parseLine,
  type RawLine,
  rawLine,
} from "./line-format.ts";
export {
  DATA_FILE,
  type ExportManifest,
  MANIFEST_FILE,
  type ManifestOptions,
  type ManifestRound,
  type WeightStats,
} from "./manifest.ts";
export {
  EXPORT_DEFAULTS,
  EXPORT_FORMATS,
  type ExportCompanion,
  type ExportFormat,
  type ExportOptions,
  type ResolvedExportOptions,
  resolveExportOptions,
  WEIGHTINGS,
  type Weighting,
} from "./options.ts";
export { type HubFile, hubFiles, type PushResult, type PushToHubOptions, pushToHub } from "./push-to-hub.ts";
export { type ExportPair, SKIP_REASONS, type SkipReason } from "./selection.ts";
export { solutionHash } from "./solution-hash.ts";
export { RECIPE_CONFIG_FILE, RECIPE_SCRIPT_FILE, trainableCheckpoint } from "./training-recipe.ts";
