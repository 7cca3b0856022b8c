// Derives new puzzles from examples by the four transformations, keeping only valid ones not seen before.
import { normalizeFunction, parsePuzzle, type SatFunction } from "@puzzleloop/core";
import { bodyEdit } from "./body-edit.ts";
import { composition } from "./composition.ts";
import { conjunction } from "./conjunction.ts";
import type { DerivedPuzzle } from "./derived-puzzle.ts";
import { newDefaults } from "./new-defaults.ts";
import type { Prng } from "./prng.ts";
import { TRANSFORM_KINDS, type TransformKind } from "./transform-kind.ts";

export interface DeriveOptions {
  /** How many puzzles to derive. */
  n: number;
  /** Higher makes two changes at once more likely. */
  temperature: number;
  /** Relative weight of each transformation, in the order of TRANSFORM_KINDS. */
  weights: readonly number[];
  /** Normal-form hashes of puzzles that already exist: the examples, earlier outputs. */
  known: Set<string>;
  /**
   * Whether a puzzle is already held elsewhere (the model's library).
   * @defaultValue nothing is
   */
  isHeld?: (sat: SatFunction) => boolean;
}

// Enough tries that a pool where most transformations fail for most examples still yields.
const ATTEMPTS_PER_PUZZLE = 40;

/** Applies one transformation to an example (and, for a conjunction, a partner among the examples). */
export function derive(
  kind: TransformKind,
  example: SatFunction,
  examples: readonly SatFunction[],
  rng: Prng,
  temperature: number,
): DerivedPuzzle | undefined {
  switch (kind) {
    case "new-defaults":
      return newDefaults(example, rng, temperature);
    case "body-edit":
      return bodyEdit(example, rng, temperature);
    case "conjunction":
      return conjunction(example, examples, rng);
    case "composition":
      return composition(example, rng);
  }
}

/** A derived source parsed, with its normal-form hash; undefined when it is not a well-formed puzzle. */
export function acceptedPuzzle(source: string): { sat: SatFunction; hash: string } | undefined {
  const parsed = parsePuzzle(source);
  if (!parsed.ok || parsed.value.extras.length > 0) return undefined;
  const normal = normalizeFunction(parsed.value.sat);
  return normal.ok ? { sat: parsed.value.sat, hash: normal.value.hash } : undefined;
}

/**
 * Up to `n` new puzzles. Each slot tries weighted transformations of random examples until one gives a
 * valid puzzle whose normal form is new; a slot that finds none stays empty, and the caller fills it.
 */
export function derivePuzzles(
  examples: readonly SatFunction[],
  rng: Prng,
  options: DeriveOptions,
): DerivedPuzzle[] {
  const out: DerivedPuzzle[] = [];
  if (examples.length === 0) return out;
  for (let i = 0; i < options.n; i++) {
    const slot = rng.fork(i);
    for (let attempt = 0; attempt < ATTEMPTS_PER_PUZZLE; attempt++) {
      const index = slot.weighted(options.weights);
      if (index < 0) break;
      const kind = TRANSFORM_KINDS[index]!;
      const derived = derive(kind, slot.pick(examples), examples, slot, options.temperature);
      if (derived === undefined) continue;
      const accepted = acceptedPuzzle(derived.source);
      if (accepted === undefined || options.known.has(accepted.hash) || options.isHeld?.(accepted.sat))
        continue;
      options.known.add(accepted.hash);
      out.push(derived);
      break;
    }
  }
  return out;
}
