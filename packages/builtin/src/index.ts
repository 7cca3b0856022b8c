// The built-in offline model (`--model builtin`): a named baseline that runs every stage with no network and no weights.

export type { VerifyJobs } from "./answer-search.ts";
export { BuiltinModel } from "./builtin-model.ts";
export { type BuiltinModelOptions, DEFAULT_TRANSFORM_WEIGHTS } from "./builtin-options.ts";
export { SearchPrior, type SearchPriorJson, type SearchPriorOptions } from "./search-prior.ts";
export { type LibraryEntry, SolutionLibrary } from "./solution-library.ts";
export {
  loadTrainingDir,
  STATS_FILE,
  saveStats,
  type TrainingData,
  TrainingDirError,
} from "./training-dir.ts";
export { derivationOf, TRANSFORM_KINDS, type TransformKind } from "./transform-kind.ts";
export { transformOutcomes, writeTransformOutcomes } from "./transform-outcomes.ts";
export {
  InvalidStatsError,
  type KindCounts,
  TransformStats,
  type TransformStatsJson,
} from "./transform-stats.ts";
