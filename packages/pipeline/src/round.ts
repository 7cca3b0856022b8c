/** Starting a round (or an evaluation run): plan it, sample its few-shot examples, enqueue its first jobs. */
import { CodedError, normalizeSat, sample, seededRandom } from "@puzzleloop/core";
import { parseModelName } from "@puzzleloop/model";
import { loadHeldOut, loadPool, type SeedPuzzle } from "@puzzleloop/puzzles";
import type { Store } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import { ensureDuplicateGuard } from "./duplicate-guard.ts";
import type { RoundLimits, RoundPlan, SolvedExampleP } from "./jobs.ts";
import type { LoopQueues } from "./queues.ts";
import { puzzleOwners, roundKeys, roundSequence } from "./redis/keys.ts";
import { RoundLimitError, resolveRoundLimits } from "./round-limits.ts";
import { RoundState } from "./round-state.ts";

export interface RoundOptions {
  /** `builtin`, a Hugging Face model id, or an endpoint URL. */
  model: string;
  /** Puzzles to ask the model for. */
  puzzles: number;
  /** Samples asked per puzzle (K): completions the model writes for each; identical ones each count. */
  attempts: number;
  /**
   * The iteration the round belongs to.
   * @defaultValue the current iteration, or 0 on a fresh database
   */
  iteration?: number;
  /**
   * Sampling temperature for puzzles.
   * @defaultValue 0.9 (as in the paper)
   */
  temperature?: number;
  /**
   * Sampling temperature for solutions.
   * @defaultValue 0.8 (as in the paper)
   */
  solveTemperature?: number;
  /**
   * Seed for few-shot selection and sampling.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Few-shot examples per prompt.
   * @defaultValue 4
   */
  fewShot?: number;
  /**
   * Puzzles asked per generation prompt.
   * @defaultValue 4
   */
  samplesPerPrompt?: number;
  /**
   * Where the seed library lives.
   * @defaultValue the repository's puzzles/ folder
   */
  puzzlesDir?: string;
  /**
   * Job attempts, model request timeout and tries, completion size, and how long the round's Redis
   * state is kept.
   * @defaultValue DEFAULT_ROUND_LIMITS
   */
  limits?: Partial<RoundLimits>;
}

/** What a {@link RoundError} refuses, and the values it names. */
export type RoundErrorFields = {
  /** A count of the request is not a whole number of at least `min`. */
  "count-invalid": { field: "puzzles" | "samples"; min: number; value: number };
  /** A round limit is not a whole number of at least 1. */
  "limit-invalid": { field: string };
  /** The iteration asked for does not exist. */
  "iteration-missing": { iteration: number | undefined; model: string };
  /** The iteration runs another model than the one asked for. */
  "iteration-model-mismatch": { iteration: number; iterationModel: string; model: string };
};
export type RoundErrorCode = keyof RoundErrorFields;

/** A round that cannot start as asked; nothing was queued. */
export class RoundError<C extends RoundErrorCode = RoundErrorCode> extends CodedError<
  C,
  RoundErrorFields[C]
> {
  override name = "RoundError";
}

interface Deps {
  redis: Redis;
  queues: LoopQueues;
  /** Read here (iterations, earlier verified puzzles); written only by the persist stage. */
  store: Store;
}

/** Plans and enqueues a generation round; returns its plan (the id is in `plan.id`). */
export async function startRound(deps: Deps, options: RoundOptions): Promise<RoundPlan> {
  const resolved = resolve(options);
  const iteration = resolveIteration(deps.store, options.model, options.iteration);
  const library = options.puzzlesDir === undefined ? {} : { dir: options.puzzlesDir };
  const pool = await loadPool(library);
  const held = await loadHeldOut("test", library);
  const id = await nextRoundId(deps, iteration.id);
  await ensureDuplicateGuard(deps.redis, deps.store);
  const plan: RoundPlan = {
    id,
    iteration: iteration.id,
    model: options.model,
    kind: "generate",
    puzzles: options.puzzles,
    attempts: options.attempts,
    temperature: resolved.temperature,
    seed: resolved.seed,
    fewShot: resolved.fewShot,
    samplesPerPrompt: resolved.samplesPerPrompt,
    generateJobs: Math.ceil(options.puzzles / resolved.samplesPerPrompt),
    trainDirs: iteration.trainDirs,
    split: null,
    dataset: deps.store.datasetId,
    createdAt: Date.now(),
    limits: resolved.limits,
  };
  const seeds = pool.map(seedRow);
  await claimSeedHashes(deps.redis, plan.dataset, [
    ...seeds.map((s) => ({ hash: s.hash, id: s.seedId })),
    ...held.flatMap(heldHash),
  ]);

  const state = new RoundState(deps.redis, id);
  await state.savePlan(plan);
  await deps.queues.addPersist(
    plan.dataset,
    { type: "round", plan, seeds: unstored(deps.store, seeds) },
    `round-${id}`,
    plan.limits,
  );

  const random = seededRandom(resolved.seed);
  const generated = earlierVerified(deps.store);
  const examplePool = [
    ...pool.map((p) => ({ id: p.id, sat: p.puzzle })),
    ...generated.map((g) => ({ id: g.id, sat: g.sat })),
  ];
  await state.saveSolveExamples(solvedExamples(pool, generated, resolved.fewShot, random));
  for (let index = 0; index < plan.generateJobs; index++) {
    const n = Math.min(resolved.samplesPerPrompt, options.puzzles - index * resolved.samplesPerPrompt);
    await deps.queues.addGenerate(
      {
        round: id,
        index,
        n,
        model: options.model,
        temperature: resolved.temperature,
        seed: resolved.seed * 1_000_003 + index,
        examples: sample(examplePool, resolved.fewShot, random),
        solveExamples: [],
        attempts: options.attempts,
        solveTemperature: resolved.solveTemperature,
      },
      plan.limits,
    );
  }
  return plan;
}

export interface EvalOptions {
  model: string;
  attempts: number;
  split: "test";
  iteration?: number;
  temperature?: number;
  seed?: number;
  fewShot?: number;
  puzzlesDir?: string;
  limits?: Partial<RoundLimits>;
}

/**
 * An evaluation: every held-out puzzle goes through the same solve and verify stages, K attempts
 * each. Nothing of it is stored but its (n, c) per puzzle and the resulting pass@k.
 */
export async function startEvaluation(deps: Deps, options: EvalOptions): Promise<RoundPlan> {
  const iteration = resolveIteration(deps.store, options.model, options.iteration);
  const library = options.puzzlesDir === undefined ? {} : { dir: options.puzzlesDir };
  const pool = await loadPool(library);
  const held = await loadHeldOut(options.split, library);
  const seed = options.seed ?? 1;
  const fewShot = options.fewShot ?? 4;
  const limits = checkedLimits(options.limits);
  const id = await nextRoundId(deps, iteration.id, "e");
  const plan: RoundPlan = {
    id,
    iteration: iteration.id,
    model: options.model,
    kind: "eval",
    puzzles: held.length,
    attempts: options.attempts,
    temperature: options.temperature ?? 0.8,
    seed,
    fewShot,
    samplesPerPrompt: 1,
    generateJobs: 0,
    trainDirs: iteration.trainDirs,
    split: options.split,
    dataset: deps.store.datasetId,
    createdAt: Date.now(),
    limits,
  };
  const state = new RoundState(deps.redis, id);
  await state.savePlan(plan);
  await deps.redis.hset(
    state.keys.meta,
    "domains",
    JSON.stringify(Object.fromEntries(held.map((p) => [p.id, p.domain]))),
  );
  await deps.queues.addPersist(
    plan.dataset,
    { type: "round", plan, seeds: unstored(deps.store, pool.map(seedRow)) },
    `round-${id}`,
    plan.limits,
  );
  const examples = solvedExamples(pool, [], fewShot, seededRandom(seed));
  await state.saveSolveExamples(examples);
  for (const puzzle of held) {
    const hash = heldHash(puzzle)[0]?.hash ?? puzzle.id;
    await state.add("accepted", hash);
    await deps.queues.addSolve(
      {
        round: id,
        model: options.model,
        temperature: plan.temperature,
        seed: seed * 1_000_003 + held.indexOf(puzzle),
        attempts: options.attempts,
        examples: [],
        evaluation: true,
        puzzle: {
          hash,
          source: puzzle.sat.puzzle,
          answerType: puzzle.sat.answer.type,
          fewShotIds: examples.map((e) => e.id),
          seedId: puzzle.id,
          domain: puzzle.domain,
        },
      },
      plan.limits,
    );
  }
  return plan;
}

function resolve(options: RoundOptions) {
  for (const [field, value, min] of [
    ["puzzles", options.puzzles, 1],
    ["samples", options.attempts, 1],
  ] as const) {
    if (!Number.isInteger(value) || value < min)
      throw new RoundError(
        "count-invalid",
        { field, min, value },
        `${field} must be a whole number of at least ${min}, got ${value}`,
      );
  }
  parseModelName(options.model);
  return {
    limits: checkedLimits(options.limits),
    temperature: options.temperature ?? 0.9,
    solveTemperature: options.solveTemperature ?? 0.8,
    seed: options.seed ?? 1,
    fewShot: options.fewShot ?? 4,
    samplesPerPrompt: options.samplesPerPrompt ?? 4,
  };
}

function checkedLimits(limits: Partial<RoundLimits> | undefined): RoundLimits {
  try {
    return resolveRoundLimits(limits);
  } catch (error) {
    if (error instanceof RoundLimitError)
      throw new RoundError("limit-invalid", { field: error.field }, error.message);
    throw error;
  }
}

/** The iteration a round joins: the one named, else the current one; a fresh database starts iteration 0. */
function resolveIteration(
  store: Store,
  model: string,
  wanted: number | undefined,
): { id: number; trainDirs: string[] } {
  const iteration = wanted === undefined ? store.currentIteration() : store.getIteration(wanted);
  if (iteration === undefined) {
    const none = store.listIterations().length === 0;
    if (none && (wanted === undefined || wanted === 0)) return { id: 0, trainDirs: [] };
    throw new RoundError(
      "iteration-missing",
      { iteration: wanted, model },
      `iteration ${wanted} does not exist: start one on model ${model} first`,
    );
  }
  if (iteration.model !== model) {
    throw new RoundError(
      "iteration-model-mismatch",
      { iteration: iteration.id, iterationModel: iteration.model, model },
      `iteration ${iteration.id} uses model ${iteration.model}, not ${model}: start a new iteration on model ${model}`,
    );
  }
  // The model of iteration N was trained on N-1's export, itself trained on N-2's...: it knows them all.
  const trainDirs: string[] = [];
  for (
    let at: typeof iteration | undefined = iteration;
    at !== undefined;
    at = at.parent === null ? undefined : store.getIteration(at.parent)
  ) {
    if (at.trainDir !== null && at.model === model) trainDirs.unshift(at.trainDir);
  }
  return { id: iteration.id, trainDirs };
}

/** `r-<iteration>-<n>` (or `e-...` for evaluations), never one the database or Redis already holds. */
async function nextRoundId(deps: Deps, iteration: number, letter = "r"): Promise<string> {
  for (;;) {
    const n = await deps.redis.incr(roundSequence(iteration));
    const id = `${letter}-${iteration}-${n}`;
    if (deps.store.getRound(id) === undefined && (await deps.redis.exists(roundKeys(id).meta)) === 0)
      return id;
  }
}

/** The seeds the database does not hold yet: a round's job carries only those, not the whole library each time. */
function unstored<T extends { hash: string }>(store: Store, seeds: readonly T[]): T[] {
  return seeds.filter((seed) => store.getPuzzleByHash(seed.hash) === undefined);
}

function seedRow(p: SeedPuzzle) {
  const normal = normalizeSat(p.puzzle);
  return {
    hash: normal.ok ? normal.value.hash : `seed-${p.id}`,
    source: p.puzzle,
    solution: p.solution,
    seedId: p.id,
    answerType: p.sat.answer.type,
    domain: p.domain,
  };
}

function heldHash(p: { id: string; sat: { puzzle: string } }): { hash: string; id: string }[] {
  const normal = normalizeSat(p.sat.puzzle);
  return normal.ok ? [{ hash: normal.value.hash, id: p.id }] : [];
}

/** Seed puzzles (held-out ones too) own their hashes, so a model that copies one gains nothing. */
async function claimSeedHashes(
  redis: Redis,
  dataset: string,
  seeds: { hash: string; id: string }[],
): Promise<void> {
  const pipeline = redis.pipeline();
  for (const seed of seeds) pipeline.hsetnx(puzzleOwners(dataset), seed.hash, `seed:${seed.id}`);
  await pipeline.exec();
}

interface GeneratedExample {
  id: string;
  sat: string;
  sol: string;
}

/** Verified generated puzzles of every iteration, each with its shortest solution: the rest of the pool. */
function earlierVerified(store: Store, limit = 2000): GeneratedExample[] {
  const found = new Map<string, GeneratedExample>();
  for (const iteration of store.listIterations()) {
    for (const pair of store.verifiedPairs({
      iteration: iteration.id,
      origin: "generated",
      maxPerPuzzle: 1,
    })) {
      if (!found.has(pair.puzzleHash))
        found.set(pair.puzzleHash, { id: `p${pair.puzzleId}`, sat: pair.puzzle, sol: pair.solution });
    }
  }
  return [...found.values()].slice(-limit);
}

/** Solved examples for solving prompts: short seed pairs, so prompts stay small. */
function solvedExamples(
  pool: SeedPuzzle[],
  generated: GeneratedExample[],
  k: number,
  random: () => number,
): SolvedExampleP[] {
  const candidates = [
    ...pool.map((p) => ({ id: p.id, sat: p.puzzle, sol: p.solution })),
    ...generated,
  ].filter((e) => e.sat.length + e.sol.length < 1200);
  return sample(candidates, k, random);
}
