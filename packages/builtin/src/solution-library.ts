// The solved puzzles the built-in model retrieves from: parsed once, with their shapes.
import { parsePair, parsePuzzle, parseSolution, type SatFunction, type SolFunction } from "@puzzleloop/core";
import type { SolvedExample } from "@puzzleloop/model";
import { type PuzzleShape, puzzleShape } from "./puzzle-shape.ts";

export interface LibraryEntry {
  sat: SatFunction;
  sol: SolFunction;
  /** Top-level helpers the solution declares besides `sol`. */
  solExtras: readonly string[];
  shape: PuzzleShape;
}

/** Parses a solved example; undefined when its `sat` or `sol` cannot be read. */
export function libraryEntry(example: SolvedExample): LibraryEntry | undefined {
  const puzzle = parsePuzzle(example.sat);
  if (!puzzle.ok) return undefined;
  let solution = parseSolution(example.sol);
  // A whole puzzle file given as the puzzle carries its own reference solution.
  if (!solution.ok) {
    const pair = parsePair(example.sat);
    if (!pair.ok) return undefined;
    solution = { ok: true, value: { sol: pair.value.sol, extras: [] } };
  }
  const shape = puzzleShape(puzzle.value.sat);
  if (shape === undefined) return undefined;
  return { sat: puzzle.value.sat, sol: solution.value.sol, solExtras: solution.value.extras, shape };
}

/** Solved puzzles, deduplicated by the shape key of their `sat` (the first solution kept wins). */
export class SolutionLibrary {
  readonly #entries: LibraryEntry[] = [];
  readonly #keys = new Set<string>();

  constructor(examples: Iterable<SolvedExample> = []) {
    this.addAll(examples);
  }

  /** Adds one example; false when it cannot be read or its puzzle is already held. */
  add(example: SolvedExample): boolean {
    const entry = libraryEntry(example);
    if (entry === undefined || this.#keys.has(entry.shape.key)) return false;
    this.#keys.add(entry.shape.key);
    this.#entries.push(entry);
    return true;
  }

  /** Adds examples; returns how many were new. */
  addAll(examples: Iterable<SolvedExample>): number {
    let added = 0;
    for (const example of examples) if (this.add(example)) added++;
    return added;
  }

  get size(): number {
    return this.#entries.length;
  }

  entries(): readonly LibraryEntry[] {
    return this.#entries;
  }

  /** Whether the same puzzle (the same program, constants and defaults) is held. */
  holds(sat: SatFunction): boolean {
    const shape = puzzleShape(sat);
    return shape !== undefined && this.#keys.has(shape.key);
  }
}
