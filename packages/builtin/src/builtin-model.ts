// The built-in offline model: a baseline with no network and no weights, deriving puzzles by program transformations and solving them by retrieval and search.
import { type Json, normalizeSat, parsePuzzle, type SatFunction } from "@puzzleloop/core";
import {
  type Completion,
  extractCode,
  type GenerateRequest,
  type ModelResponse,
  PUZZLE_EXTRACTION,
  type PuzzleModel,
  SOLUTION_EXTRACTION,
  type SolvedExample,
  type SolveRequest,
} from "@puzzleloop/model";
import {
  type BuiltinModelOptions,
  type ResolvedBuiltinOptions,
  resolveBuiltinOptions,
} from "./builtin-options.ts";
import { derivePuzzles } from "./derive-puzzles.ts";
import type { DerivedPuzzle } from "./derived-puzzle.ts";
import { Prng, seedFrom } from "./prng.ts";
import type { SearchPrior } from "./search-prior.ts";
import { type LibraryEntry, libraryEntry, SolutionLibrary } from "./solution-library.ts";
import { solvePuzzle } from "./solve-puzzle.ts";
import { STARTER_PUZZLES } from "./starter-puzzles.ts";
import { estimateTokens } from "./token-estimate.ts";
import { loadTrainingDir } from "./training-dir.ts";
import { derivationOf, type TransformKind } from "./transform-kind.ts";
import type { TransformStats } from "./transform-stats.ts";

// Pairs run in the sandbox at once while learning: enough to keep every worker busy, few enough to stop soon.
const LEARN_CHUNK = 64;

const WARM_UP = "export function sat(b: boolean): boolean {\n  return b;\n}";

const BASELINE = "builtin baseline: a program transformation, not a language model";

export class BuiltinModel implements PuzzleModel {
  readonly name = "builtin";
  /** What the model retrieves solutions from, besides each request's examples. */
  readonly library: SolutionLibrary;
  /** Outcome counts per transformation, which weight generation. */
  readonly stats: TransformStats;
  /** Which candidate families held verified answers, which orders the answer search. */
  readonly prior: SearchPrior;
  readonly #options: ResolvedBuiltinOptions;
  #warm: Promise<unknown> | undefined;

  constructor(options: BuiltinModelOptions = {}) {
    this.#options = resolveBuiltinOptions(options);
    this.library = new SolutionLibrary(this.#options.library);
    this.stats = this.#options.stats;
    this.prior = this.#options.prior;
  }

  /**
   * A model whose library also holds the verified pairs exported to `dir` (see {@link loadTrainingDir}),
   * and whose transformation counts come from there.
   */
  static fromTrainingDir(dir: string, options: BuiltinModelOptions = {}): Promise<BuiltinModel> {
    return BuiltinModel.fromTrainingDirs([dir], options);
  }

  /**
   * A model trained on several exports in turn (an iteration's, its parent's, ...): what a model
   * fine-tuned from an already fine-tuned one knows. Its library holds their pairs, its transformation
   * counts add theirs up, and its search prior learns from their answers (see {@link learnAnswers}).
   */
  static async fromTrainingDirs(
    dirs: readonly string[],
    options: BuiltinModelOptions = {},
  ): Promise<BuiltinModel> {
    const model = new BuiltinModel(options);
    const examples: SolvedExample[] = [];
    for (const dir of dirs) {
      const training = await loadTrainingDir(dir);
      model.library.addAll(training.examples);
      model.stats.merge(training.stats);
      examples.push(...training.examples);
    }
    await model.learnAnswers(examples);
    return model;
  }

  /**
   * Teaches the search prior the answers of verified pairs: each pair's `sol` is run in the sandbox, and
   * the candidate family that proposes its answer earliest is credited. One answer per puzzle counts, so
   * that a puzzle solved many ways weighs no more than one solved once. Returns how many were learned.
   */
  async learnAnswers(examples: readonly SolvedExample[], signal?: AbortSignal): Promise<number> {
    const seen = new Set<string>();
    const pairs: { sat: SatFunction; example: SolvedExample }[] = [];
    for (const example of examples) {
      const parsed = parsePuzzle(example.sat);
      const normal = normalizeSat(example.sat);
      if (!parsed.ok || !normal.ok || seen.has(normal.value.hash)) continue;
      seen.add(normal.value.hash);
      pairs.push({ sat: parsed.value.sat, example });
    }
    let learned = 0;
    for (let start = 0; start < pairs.length; start += LEARN_CHUNK) {
      signal?.throwIfAborted();
      const chunk = pairs.slice(start, start + LEARN_CHUNK);
      const results = await this.#options.verify(
        chunk.map(({ example }) => ({ kind: "pair", puzzle: example.sat, solution: example.sol })),
        { timeoutMs: this.#options.retrievalTimeoutMs },
      );
      for (const [i, { sat }] of chunk.entries()) {
        const result = results[i];
        if (result?.verified !== true || result.answer === undefined) continue;
        if (this.prior.learn(sat, JSON.parse(result.answer) as Json) !== undefined) learned++;
      }
    }
    return learned;
  }

  /**
   * Runs one trivial job before the first search, so that starting the sandbox's processes is not taken
   * out of that search's time budget: a model's first answer would otherwise depend on whether something
   * else had used the sandbox before it.
   */
  #warmUp(): Promise<unknown> {
    this.#warm ??= this.#options
      .verify([{ kind: "answer", puzzle: WARM_UP, answer: "true" }], {
        timeoutMs: this.#options.retrievalTimeoutMs,
      })
      .catch(() => undefined);
    return this.#warm;
  }

  /**
   * Records whether a puzzle this model wrote got a verified solution, so that generation leans toward the
   * transformations that work. Returns the puzzle's transformation, or undefined for a puzzle not derived here.
   */
  recordOutcome(puzzle: string, verified: boolean): TransformKind | undefined {
    const kind = derivationOf(puzzle);
    if (kind !== undefined) this.stats.record(kind, verified);
    return kind;
  }

  async generate(request: GenerateRequest, signal?: AbortSignal): Promise<ModelResponse> {
    signal?.throwIfAborted();
    checkSampling(request);
    const started = performance.now();
    const rng = new Prng(seedFrom("generate", this.#options.seed, request.seed));
    const known = new Set<string>();
    let examples = parsedSats(
      request.examples.map((e) => e.sat),
      known,
    );
    if (examples.length === 0) examples = this.library.entries().map((e) => e.sat);
    const starters = parsedSats(STARTER_PUZZLES, known);
    if (examples.length === 0) examples = starters;
    const options = {
      temperature: request.temperature,
      weights: this.stats.weights(this.#options.transforms),
      known,
      isHeld: (sat: SatFunction) => this.library.holds(sat),
    };
    const derived = derivePuzzles(examples, rng, { ...options, n: request.n });
    if (derived.length < request.n) {
      derived.push(
        ...derivePuzzles(starters, rng.fork("starters"), { ...options, n: request.n - derived.length }),
      );
    }
    const completions = fill(derived, request.n).map((d) => puzzleCompletion(d));
    return response(completions, request.examples.map((e) => e.sat).join("\n"), started);
  }

  async solve(request: SolveRequest, signal?: AbortSignal): Promise<ModelResponse> {
    signal?.throwIfAborted();
    checkSampling(request);
    const started = performance.now();
    const rng = new Prng(seedFrom("solve", this.#options.seed, request.seed, request.puzzle.sat));
    const entries: LibraryEntry[] = [];
    for (const example of request.examples) {
      const entry = libraryEntry(example);
      if (entry !== undefined) entries.push(entry);
    }
    entries.push(...this.library.entries());
    await this.#warmUp();
    const attempts = await solvePuzzle(request.puzzle.sat, request.n, entries, rng, this.#options, signal);
    const completions = attempts.map(({ code, note }) => {
      const text = `${note} (${BASELINE})\n\n\`\`\`ts\n${code}\n\`\`\`\n`;
      return { text, code: extractCode(text, SOLUTION_EXTRACTION) };
    });
    const prompt = [
      ...request.examples.flatMap((e: SolvedExample) => [e.sat, e.sol]),
      request.puzzle.sat,
    ].join("\n");
    return response(completions, prompt, started);
  }
}

/** The `sat` of each source that parses, its hash added to `known` so that nothing derived repeats it. */
function parsedSats(sources: readonly string[], known: Set<string>): SatFunction[] {
  const out: SatFunction[] = [];
  for (const source of sources) {
    const parsed = parsePuzzle(source);
    if (!parsed.ok) continue;
    const normal = normalizeSat(source);
    if (normal.ok) known.add(normal.value.hash);
    out.push(parsed.value.sat);
  }
  return out;
}

function puzzleCompletion(derived: DerivedPuzzle): Completion {
  const text = `${derived.summary} (${BASELINE})\n\n\`\`\`ts\n${derived.source}\`\`\`\n`;
  return { text, code: extractCode(text, PUZZLE_EXTRACTION) };
}

/** Exactly n items, cycling when there are fewer. */
function fill<T>(items: readonly T[], n: number): T[] {
  if (items.length === 0) return [];
  return Array.from({ length: n }, (_, i) => items[i % items.length]!);
}

function response(completions: Completion[], prompt: string, started: number): ModelResponse {
  return {
    completions,
    usage: {
      latencyMs: Math.round(performance.now() - started),
      // Estimates: the built-in model reads and writes no tokens; see estimateTokens.
      promptTokens: estimateTokens(prompt),
      completionTokens: completions.reduce((sum, c) => sum + estimateTokens(c.text), 0),
    },
  };
}

function checkSampling({ n, temperature, seed }: { n: number; temperature: number; seed: number }): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a non-negative number, got ${temperature}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
}
