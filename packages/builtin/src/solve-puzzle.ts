// Solving one puzzle: retrieval checked in the sandbox first, then search over the answer type, then guesses.
import { type Json, parsePuzzle, type SatFunction, trivialAnswers } from "@puzzleloop/core";
import { solParameters } from "./adapt-solution.ts";
import { answerCandidates } from "./answer-candidates.ts";
import { searchAnswers, type VerifyJobs } from "./answer-search.ts";
import { literalText } from "./literal-text.ts";
import type { Prng } from "./prng.ts";
import { puzzleHints } from "./puzzle-hints.ts";
import { retrieveSolutions } from "./retrieve-solutions.ts";
import type { SearchPrior } from "./search-prior.ts";
import type { LibraryEntry } from "./solution-library.ts";

/** One solution attempt, with a sentence on where it came from. */
export interface Attempt {
  code: string;
  note: string;
  /** Whether the sandbox accepted it while solving (the caller verifies every attempt anyway). */
  verified: boolean;
}

export interface SolveSettings {
  searchBudgetMs: number;
  maxCandidates: number;
  candidateTimeoutMs: number;
  retrievalTimeoutMs: number;
  maxRetrieved: number;
  verify: VerifyJobs;
  prior: SearchPrior;
}

/** A `sol` returning a fixed answer. */
export function literalSolution(sat: SatFunction, answer: Json): string {
  return `export function sol(${solParameters(sat)}): ${sat.answer.type} {\n  return ${literalText(answer)};\n}`;
}

/**
 * `n` attempts for the puzzle in `source`: the verified ones when there are any (repeated to fill `n`),
 * otherwise the unverified retrievals and guesses, distinct while there are enough.
 */
export async function solvePuzzle(
  source: string,
  n: number,
  entries: readonly LibraryEntry[],
  rng: Prng,
  settings: SolveSettings,
  signal?: AbortSignal,
): Promise<Attempt[]> {
  if (n === 0) return [];
  const parsed = parsePuzzle(source);
  if (!parsed.ok) {
    const note = `A placeholder: the puzzle could not be read (${parsed.message}).`;
    return fill([{ code: "export function sol(): null {\n  return null;\n}", note, verified: false }], n);
  }
  const sat = parsed.value.sat;
  const verified: Attempt[] = [];
  const unverified: Attempt[] = [];

  const retrieved = retrieveSolutions(sat, entries, {
    maxEntries: settings.maxRetrieved,
    minSimilarity: 0.35,
    depth: 2,
  }).slice(0, settings.maxRetrieved);
  // Matches of the whole program are checked first; the looser ones only when none of those holds.
  const stages = [retrieved.filter((r) => r.score >= 2), retrieved.filter((r) => r.score < 2)];
  for (const stage of stages) {
    if (stage.length === 0) continue;
    if (verified.length > 0) {
      unverified.push(
        ...stage.map((r) => ({ code: r.code, note: `Retrieved: ${r.origin}.`, verified: false })),
      );
      continue;
    }
    signal?.throwIfAborted();
    const results = await settings.verify(
      stage.map((r) => ({ kind: "pair", puzzle: source, solution: r.code })),
      { timeoutMs: settings.retrievalTimeoutMs },
    );
    for (const [i, r] of stage.entries()) {
      const ok = results[i]?.verified === true;
      (ok ? verified : unverified).push({ code: r.code, note: `Retrieved: ${r.origin}.`, verified: ok });
    }
  }

  if (verified.length === 0) {
    signal?.throwIfAborted();
    const search = await searchAnswers(
      source,
      answerCandidates(sat.answer.type, puzzleHints(sat), rng.fork("search"), {
        weight: (family, siblings) => settings.prior.weight(family, siblings),
        bank: settings.prior.bank(sat.answer.type),
        shapes: settings.prior.shapes(sat.answer.type),
      }),
      {
        budgetMs: settings.searchBudgetMs,
        maxCandidates: settings.maxCandidates,
        candidateTimeoutMs: settings.candidateTimeoutMs,
        wanted: 1,
        verify: settings.verify,
        ...(signal === undefined ? {} : { signal }),
      },
    );
    for (const answer of search.answers) {
      verified.push({
        code: literalSolution(sat, answer),
        note: `Found by search over \`${sat.answer.type}\` answers (${search.checked} checked in the sandbox).`,
        verified: true,
      });
    }
  }

  // What the sandbox accepted is the answer on every sample: the alternatives are known to fail.
  if (verified.length > 0) return fill(distinct(verified), n);
  const trivial = trivialAnswers(sat.answer.type, { max: n });
  const guesses = (trivial.length > 0 ? trivial : [null]).map((answer) => ({
    code: literalSolution(sat, answer),
    note: "A guess: no held puzzle matched and search found no answer within its budget.",
    verified: false,
  }));
  return fill(distinct([...verified, ...unverified, ...guesses]), n);
}

function distinct(attempts: readonly Attempt[]): Attempt[] {
  const seen = new Set<string>();
  return attempts.filter((a) => !seen.has(a.code) && seen.add(a.code));
}

/** Exactly n attempts: the first n, or all of them and then the best again. */
function fill(attempts: readonly Attempt[], n: number): Attempt[] {
  if (attempts.length === 0) return [];
  return Array.from({ length: n }, (_, i) => attempts[i % attempts.length]!);
}
