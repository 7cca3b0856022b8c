/** `puzzleloop round start`: plan a generation round and enqueue it; optionally run and watch it here. */
import { RoundError, STAGES, startRound } from "@puzzleloop/loop";
import { defineCommand } from "citty";
import { CliError, EXIT, InputError } from "../errors.ts";
import { iterationNumber, positiveInt } from "../flags.ts";
import { dbArg, withServices } from "../services.ts";
import { watchRound } from "../watch-loop.ts";

export const roundArgs = {
  model: {
    type: "string",
    required: true,
    description: "builtin (the offline baseline), a Hugging Face model id, or an endpoint URL",
    valueHint: "MODEL",
  },
  puzzles: { type: "string", required: true, description: "Puzzles to ask the model for", valueHint: "N" },
  attempts: { type: "string", required: true, description: "Solve attempts per puzzle", valueHint: "K" },
  iteration: {
    type: "string",
    description: "Iteration the round belongs to (default: the current one)",
    valueHint: "I",
  },
  temperature: {
    type: "string",
    description: "Sampling temperature for puzzles (default 0.9)",
    valueHint: "T",
  },
  seed: { type: "string", description: "Seed for few-shot sampling (default 1)", valueHint: "S" },
  "few-shot": { type: "string", description: "Few-shot examples per prompt (default 4)", valueHint: "K" },
  ...dbArg,
} as const;

type RoundArgs = { [K in keyof typeof roundArgs]?: string } & {
  model: string;
  puzzles: string;
  attempts: string;
};

/** Flags to round options, each checked with a one-line error naming the fix. */
export function roundOptions(args: RoundArgs) {
  const number = (value: string | undefined, flag: string) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
      throw new InputError(`--${flag} must be a non-negative number, got "${value}"`);
    return n;
  };
  const iteration = iterationNumber(args.iteration, "iteration");
  const options = {
    model: args.model,
    puzzles: positiveInt(args.puzzles, "puzzles") as number,
    attempts: positiveInt(args.attempts, "attempts") as number,
    ...(iteration !== undefined ? { iteration } : {}),
    ...(args.temperature !== undefined
      ? { temperature: number(args.temperature, "temperature") as number }
      : {}),
    ...(args.seed !== undefined ? { seed: positiveInt(args.seed, "seed") as number } : {}),
    ...(args["few-shot"] !== undefined
      ? { fewShot: positiveInt(args["few-shot"], "few-shot") as number }
      : {}),
  };
  return options;
}

const startCommand = defineCommand({
  meta: {
    name: "start",
    description: "Start a generation round: N puzzles asked of MODEL, K solve attempts each",
  },
  args: {
    ...roundArgs,
    wait: { type: "boolean", description: "Watch the round until it ends", default: false },
    local: {
      type: "boolean",
      description: "Run every stage's workers in this process (implies --wait)",
      default: false,
    },
  },
  async run({ args }) {
    const options = roundOptions(args);
    const local = args.local;
    await withServices(
      { db: args.db, allowPrivateRedis: local, ...(local ? { workers: { stages: STAGES } } : {}) },
      async (services) => {
        const plan = await startRound(services, options).catch(asUsageError);
        process.stdout.write(
          `started round ${plan.id} (iteration ${plan.iteration}): ${plan.puzzles} puzzles, ${plan.attempts} attempts each, model ${plan.model}\n`,
        );
        if (!args.wait && !local) {
          process.stdout.write(
            `follow it with \`puzzleloop watch --round ${plan.id}\`; workers: \`puzzleloop worker\`\n`,
          );
          return;
        }
        const final = await watchRound(services.redis, plan.id);
        if (final?.status !== "done") process.exitCode = EXIT.no;
      },
    );
  },
});

export const roundCommand = defineCommand({
  meta: { name: "round", description: "Generation rounds" },
  subCommands: { start: startCommand },
});

/** Errors that come from what the user asked (an unknown iteration, a model mismatch) exit 2. */
export function asUsageError(error: unknown): never {
  if (error instanceof RoundError || (error instanceof Error && error.name === "ModelConfigError")) {
    throw new CliError(error.message, "E_ROUND", EXIT.usage);
  }
  throw error;
}
