// What a transformation makes: a puzzle source and a line of prose saying how it was derived.
import type { TransformKind } from "./transform-kind.ts";

export interface DerivedPuzzle {
  kind: TransformKind;
  /** The puzzle: a doc comment and `sat`. */
  source: string;
  /** One sentence for the completion text. */
  summary: string;
}
