// The seed library: its manifest, loading with the split enforced, and the validity checks.

export type { CheckCode, CheckInput, CheckOptions, CheckReason, CheckReport } from "./checks/index.ts";
export { CHECK_CODES, checkPuzzle, checkPuzzles } from "./checks/index.ts";
export { duplicateGroups } from "./duplicates/index.ts";
export type { HeldOutPuzzle, LibraryOptions, SeedFile, SeedPuzzle } from "./library/index.ts";
export {
  assertShowable,
  HELD_OUT,
  HeldOutPuzzleError,
  isHeldOut,
  LibraryError,
  type LibraryErrorFields,
  loadHeldOut,
  loadPool,
  loadSeedFiles,
} from "./library/index.ts";
export type { Manifest, ManifestEntry, Split } from "./manifest/index.ts";
export {
  formatManifest,
  listPuzzleIds,
  MANIFEST_FILE,
  ManifestError,
  manifestEntrySchema,
  manifestProblems,
  manifestSchema,
  mergeManifestParts,
  parseManifest,
  readManifest,
  SPLITS,
} from "./manifest/index.ts";
export { defaultPuzzlesDir, findRepoRoot, RepoRootNotFoundError } from "./paths/index.ts";
