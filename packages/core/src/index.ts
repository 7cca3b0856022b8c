// The pure core of puzzleloop: reading puzzle sources, their normal form, and trivial answers.

export { CodedError } from "./coded-error/index.ts";
export { describeReasons, type FailureReason, groupFailures } from "./failure-reasons/index.ts";
export type { ModuleShape } from "./module-shape/index.ts";
export { checkModuleShape } from "./module-shape/index.ts";
export type { NormalForm } from "./normalize/index.ts";
export { normalizeFunction, normalizeSat, sha256 } from "./normalize/index.ts";
export type { PassCounts } from "./pass-at-k/index.ts";
export { meanPassAtK, PassAtKError, passAtK, passAtKTable, reportedKs } from "./pass-at-k/index.ts";
export { sample, seededRandom } from "./random/index.ts";
export { countSamples, type SampleCount, solveRate } from "./solve-rate/index.ts";
export type {
  AnswerParam,
  Extras,
  Json,
  Param,
  ParsedPair,
  ParsedPuzzle,
  ParsedSolution,
  ParseFailureCode,
  ParseResult,
  SatFunction,
  SolFunction,
} from "./source/index.ts";
export {
  jsonEqual,
  PARSE_FAILURES,
  parsePair,
  parsePuzzle,
  parseSolution,
  signatureMismatch,
} from "./source/index.ts";
export type { TrivialOptions } from "./trivial/index.ts";
export { trivialAnswers } from "./trivial/index.ts";
