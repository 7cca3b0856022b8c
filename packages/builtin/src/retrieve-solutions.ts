// Retrieval: solutions of held puzzles that share the new puzzle's program, rewritten for its constants; inner checks solved part by part.
import { parseSolution, type SatFunction } from "@puzzleloop/core";
import { adaptSolution, type LiteralChange, solParameters } from "./adapt-solution.ts";
import { decompose } from "./decompose.ts";
import { title } from "./doc-comment.ts";
import { type PuzzleShape, puzzleShape, similarity } from "./puzzle-shape.ts";
import { indent } from "./sat-source.ts";
import type { LibraryEntry } from "./solution-library.ts";

/** A candidate solution from retrieval, best first by `score`. */
export interface RetrievedSolution {
  /** The `sol` source. */
  code: string;
  /** 4: the same puzzle; 3: the same program up to constants; 2: also up to comparisons; below: similarity. */
  score: number;
  /** Where it came from, in a few words. */
  origin: string;
}

export interface RetrieveOptions {
  /** Most library entries adapted per puzzle (and per part). */
  maxEntries: number;
  /** Least similarity for an entry that shares neither program nor shape. */
  minSimilarity: number;
  /** How deep inner checks are taken apart. */
  depth: number;
}

/** Ranked candidate solutions for `sat` from `entries`, distinct by code. */
export function retrieveSolutions(
  sat: SatFunction,
  entries: readonly LibraryEntry[],
  options: RetrieveOptions,
): RetrievedSolution[] {
  const shape = puzzleShape(sat);
  const out: RetrievedSolution[] = shape === undefined ? [] : fromLibrary(sat, shape, entries, options);
  if (options.depth > 0) out.push(...fromParts(sat, entries, { ...options, depth: options.depth - 1 }));
  const seen = new Set<string>();
  return out
    .sort((a, b) => b.score - a.score)
    .filter((r) => {
      if (seen.has(r.code)) return false;
      seen.add(r.code);
      return true;
    });
}

function fromLibrary(
  sat: SatFunction,
  shape: PuzzleShape,
  entries: readonly LibraryEntry[],
  options: RetrieveOptions,
): RetrievedSolution[] {
  const scored: { entry: LibraryEntry; score: number }[] = [];
  const names = new Set(sat.params.map((p) => p.name));
  for (const entry of entries) {
    const score = matchScore(shape, entry.shape, options.minSimilarity);
    if (score === undefined) continue;
    // A merely similar program's parameters line up with the puzzle's only where the names say so.
    if (score < 2 && !entry.sol.params.every((p) => names.has(p.name))) continue;
    scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const out: RetrievedSolution[] = [];
  for (const { entry, score } of scored.slice(0, options.maxEntries)) {
    const origin = `the solution of "${title(entry.sat.doc, 60)}"`;
    out.push({ code: adaptSolution(sat, entry.sol, entry.solExtras), score, origin });
    const changes = score >= 3 ? literalChanges(entry.shape, shape) : [];
    if (changes.length > 0) {
      // Slightly below the plain rewrite: which of the two is right depends on the puzzle, and both are tried.
      out.push({
        code: adaptSolution(sat, entry.sol, entry.solExtras, changes),
        score: score - 0.01,
        origin: `${origin}, with its constants changed as the puzzle's were`,
      });
    }
  }
  return out;
}

function matchScore(puzzle: PuzzleShape, entry: PuzzleShape, minSimilarity: number): number | undefined {
  if (puzzle.key === entry.key) return 4;
  if (puzzle.literalKey === entry.literalKey) return 3;
  if (puzzle.operatorKey === entry.operatorKey) return 2;
  if (puzzle.answerType !== entry.answerType) return undefined;
  const s = similarity(puzzle, entry);
  return s >= minSimilarity ? s : undefined;
}

/** The body constants that differ between two programs of the same shape, each once. */
function literalChanges(from: PuzzleShape, to: PuzzleShape): LiteralChange[] {
  if (from.literals.length !== to.literals.length) return [];
  const changes: LiteralChange[] = [];
  for (const [i, old] of from.literals.entries()) {
    const next = to.literals[i]!;
    if (old.value === next.value || typeof old.value !== typeof next.value) continue;
    if (changes.some((c) => c.from === old.value)) continue;
    changes.push({ from: old.value, to: next.value });
  }
  return changes;
}

/** For a `sat` made of inner checks: each part's retrieved solutions, embedded in a `sol` for the whole. */
function fromParts(
  sat: SatFunction,
  entries: readonly LibraryEntry[],
  options: RetrieveOptions,
): RetrievedSolution[] {
  const decomposition = decompose(sat);
  if (decomposition === undefined) return [];
  const out: RetrievedSolution[] = [];
  for (const [index, part] of decomposition.parts.entries()) {
    const found = retrieveSolutions(part.sat, entries, {
      ...options,
      maxEntries: Math.min(3, options.maxEntries),
    });
    for (const candidate of found.slice(0, 3)) {
      const parsed = parseSolution(candidate.code);
      if (!parsed.ok) continue;
      const { sol, extras } = parsed.value;
      const call = `part(${part.args.join(", ")})`;
      const result = decomposition.invert === undefined ? call : decomposition.invert(call);
      const returns = sol.returnType === undefined ? "" : `: ${sol.returnType}`;
      const inner = `function part${sol.typeParameters}(${sol.parameters.trim()})${returns} ${sol.expressionBody ? `{\n  return (${sol.body});\n}` : sol.body}`;
      const code = [
        ...extras,
        `export function sol(${solParameters(sat)}): ${sat.answer.type} {\n${indent(inner)}\n  return ${result};\n}`,
      ].join("\n\n");
      const what =
        decomposition.kind === "all"
          ? `part ${index + 1} of ${decomposition.parts.length}`
          : "the inner check";
      // A part's answer may or may not satisfy the other parts: it ranks below a match of the whole.
      out.push({
        code,
        score: Math.min(1.9, candidate.score / 2),
        origin: `${candidate.origin}, for ${what}`,
      });
    }
  }
  return out;
}
