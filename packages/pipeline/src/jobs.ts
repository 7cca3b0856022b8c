/** Job payloads of every stage, validated where a worker takes them so the inside can trust them. */
import { z } from "zod";

const roundId = z.string().regex(/^[A-Za-z0-9_-]+$/, "round ids hold letters, digits, - and _ only");

/** A puzzle as it travels between stages: what a model is shown, and what the store keeps. */
export const puzzlePayload = z.object({
  hash: z.string().min(8),
  /** The doc comment and `sat`. */
  source: z.string().min(1),
  answerType: z.string(),
  /** Ids of the few-shot examples its prompt held (seed ids or stored puzzle ids). */
  fewShotIds: z.array(z.string()),
  /** For evaluation: the held-out seed puzzle's id (never stored as a puzzle). */
  seedId: z.string().optional(),
  domain: z.string().optional(),
});
export type PuzzlePayload = z.infer<typeof puzzlePayload>;

export const solvedExample = z.object({ id: z.string(), sat: z.string(), sol: z.string() });
export type SolvedExampleP = z.infer<typeof solvedExample>;

const sampling = {
  round: roundId,
  model: z.string().min(1),
  temperature: z.number().min(0).max(5),
  seed: z.number().int(),
};

export const generateJob = z.object({
  ...sampling,
  index: z.number().int().min(0),
  /** How many puzzles to ask for in this job. */
  n: z.number().int().min(1),
  examples: z.array(z.object({ id: z.string(), sat: z.string() })),
  /**
   * Solved examples handed on to the solve jobs this job starts. Empty in the jobs of this version:
   * a round keeps its solved examples once, in its state, rather than in every job.
   */
  solveExamples: z.array(solvedExample).default([]),
  attempts: z.number().int().min(1),
  solveTemperature: z.number().min(0).max(5),
});
export type GenerateJob = z.infer<typeof generateJob>;

export const solveJob = z.object({
  ...sampling,
  puzzle: puzzlePayload,
  attempts: z.number().int().min(1),
  /** Solved examples for the prompt; empty when the round keeps them in its state (see RoundState.solveExamples). */
  examples: z.array(solvedExample).default([]),
  /** Evaluation jobs count (n, c) per seed puzzle instead of storing attempts. */
  evaluation: z.boolean().default(false),
});
export type SolveJob = z.infer<typeof solveJob>;

export const attemptPayload = z.object({
  /** The extracted code, or null when the completion held none. */
  code: z.string().nullable(),
  solutionHash: z.string(),
  /** How many of the K completions were this same text: pass@k counts samples, not distinct ones. */
  copies: z.number().int().min(1).default(1),
  /** The completion was longer than the round's limit, and its code too long to keep. */
  truncated: z.boolean().optional(),
});

export const verifyJob = z.object({
  round: roundId,
  model: z.string(),
  puzzle: puzzlePayload,
  attempts: z.array(attemptPayload),
  evaluation: z.boolean().default(false),
});
export type VerifyJob = z.infer<typeof verifyJob>;

/** One attempt (a distinct answered sample) as verified, with the copies of it the model returned. */
export const attemptRow = z.object({
  solution: z.string(),
  solutionHash: z.string(),
  /** How many of the puzzle's samples were this same text; the solve rate counts each. */
  copies: z.number().int().min(1).default(1),
  status: z.enum(["verified", "wrong_answer", "timeout", "memory", "error", "invalid"]),
  answer: z.string().nullable(),
  solveMs: z.number().nullable(),
  checkMs: z.number().nullable(),
  error: z.string().nullable(),
});
export type AttemptRow = z.infer<typeof attemptRow>;

export const modelCallRow = z.object({
  key: z.string(),
  kind: z.enum(["generate", "solve", "eval"]),
  model: z.string(),
  latencyMs: z.number(),
  promptTokens: z.number().int(),
  completionTokens: z.number().int(),
  error: z.string().nullable(),
});
export type ModelCallRow = z.infer<typeof modelCallRow>;

/**
 * How a round's work may fail and how long its state is kept: part of the plan, so every worker on
 * every machine applies the same limits to the round.
 */
export const roundLimits = z.object({
  /** Runs of a job before it fails for good (a failed model call is not run again: its HTTP tries are its retries). */
  jobAttempts: z.number().int().min(1),
  /** Time allowed for one HTTP request to the model, in ms. */
  requestTimeoutMs: z.number().int().min(1),
  /** HTTP requests per model call before it fails (the first included). */
  httpAttempts: z.number().int().min(1),
  /** Characters kept of one completion; the rest is cut and the completion counted as truncated. */
  maxCompletionChars: z.number().int().min(1),
  /** Seconds the round's Redis state is kept once the round has ended. */
  redisTtlS: z.number().int().min(1),
});
export type RoundLimits = z.infer<typeof roundLimits>;

export const roundPlan = z.object({
  id: roundId,
  iteration: z.number().int().min(0),
  model: z.string(),
  kind: z.enum(["generate", "eval"]),
  puzzles: z.number().int().min(0),
  attempts: z.number().int().min(1),
  temperature: z.number(),
  seed: z.number().int(),
  fewShot: z.number().int().min(0),
  samplesPerPrompt: z.number().int().min(1),
  generateJobs: z.number().int().min(0),
  /** Exports the model learned from, oldest first (the built-in model's "fine-tuning"). */
  trainDirs: z.array(z.string()),
  split: z.string().nullable(),
  /** Names the database the round writes to; duplicates are judged within it. */
  dataset: z.string(),
  createdAt: z.number(),
  limits: roundLimits,
});
export type RoundPlan = z.infer<typeof roundPlan>;

/** A job that failed for good, as the round keeps it (in Redis while it runs, then in SQLite). */
export const jobFailure = z.object({
  stage: z.enum(["generate", "solve", "verify", "persist", "round"]),
  message: z.string(),
  /** The puzzle whose results it lost. */
  puzzleHash: z.string().nullable(),
  /** The model it called, for generate and solve jobs. */
  model: z.string().nullable(),
  /** What the model call was for, when the job's model call is what failed. */
  callKind: z.enum(["generate", "solve", "eval"]).nullable(),
  attemptsMade: z.number().int().min(0),
  at: z.number(),
});
export type JobFailure = z.infer<typeof jobFailure>;

/** The single writer's work: everything that reaches SQLite goes through one of these. */
export const persistJob = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("round"),
    plan: roundPlan,
    seeds: z.array(
      z.object({
        hash: z.string(),
        source: z.string(),
        solution: z.string(),
        seedId: z.string(),
        answerType: z.string(),
        domain: z.string(),
      }),
    ),
  }),
  z.object({
    type: z.literal("attempts"),
    round: roundId,
    model: z.string(),
    puzzle: puzzlePayload,
    attempts: z.array(attemptRow),
  }),
  z.object({ type: z.literal("calls"), round: roundId, calls: z.array(modelCallRow) }),
  z.object({ type: z.literal("failure"), round: roundId, jobId: z.string(), failure: jobFailure }),
  z.object({ type: z.literal("finish"), round: roundId }),
]);
export type PersistJob = z.infer<typeof persistJob>;

export class InvalidJobError extends Error {
  override name = "InvalidJobError";
}

/** Parses a job's data or throws a named error that says which stage and what was wrong. */
export function parseJob<T>(schema: z.ZodType<T>, data: unknown, stage: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidJobError(
      `${stage} job payload is invalid at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
    );
  }
  return parsed.data;
}
