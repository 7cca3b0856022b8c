/** `puzzleloop round start`: plan a generation round and enqueue it; optionally run and watch it here. */
import {
  closeLostRound,
  lostStateMessage,
  modelCallBoundMs,
  RoundError,
  type RoundPlan,
  STAGES,
  startRound,
  storedOf,
} from "@puzzleloop/loop";
import type { SqliteStore } from "@puzzleloop/store";
import { defineCommand } from "citty";
import { CliError, EXIT, InputError } from "../errors.ts";
import {
  dbWaitArg,
  iterationNumber,
  parseDbWait,
  parseRoundLimits,
  positiveInt,
  roundLimitArgs,
} from "../flags.ts";
import { dbArg, type Services, withServices } from "../services.ts";
import { endLine, followRound } from "../watch-loop.ts";

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
  ...roundLimitArgs,
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
    limits: parseRoundLimits(args),
  };
  return options;
}

/** What a round costs at worst when its model does not answer, said before it starts. */
export function limitsLine(plan: RoundPlan): string | undefined {
  if (plan.model === "builtin") return undefined;
  const { requestTimeoutMs, httpAttempts, jobAttempts } = plan.limits;
  return `model calls: ${httpAttempts} tries of at most ${requestTimeoutMs / 1000} s each, so a call gives up within ${Math.ceil(modelCallBoundMs(plan.limits) / 1000)} s; other job failures are retried up to ${jobAttempts} runs`;
}

/**
 * Follows a round to its end and says in one line (on stderr) how it ended badly, if it did; exit
 * status 1 then. With the persist stage in this process, a round whose Redis state vanished is closed
 * in the database here, from what it holds.
 */
export async function followToEnd(
  services: Services,
  plan: RoundPlan,
  options: { persistsHere: boolean; out?: NodeJS.WriteStream },
): Promise<boolean> {
  const result = await followRound(services.redis, plan.id, options.out ? { out: options.out } : {});
  const line = endLine(plan.id, result, () => lostLine(services.store, plan.id, options.persistsHere));
  if (line === undefined) return true;
  process.stderr.write(`puzzleloop: ${line}\n`);
  process.exitCode = EXIT.no;
  return false;
}

function lostLine(store: SqliteStore, round: string, persistsHere: boolean): string {
  const closed = persistsHere ? closeLostRound(store, round) : undefined;
  if (closed !== undefined) return `${closed}; it is recorded as failed`;
  return `${lostStateMessage(round, storedOf(store, round))}; a persist worker records it as failed`;
}

const startCommand = defineCommand({
  meta: {
    name: "start",
    description: "Start a generation round: N puzzles asked of MODEL, K solve attempts each",
  },
  args: {
    ...roundArgs,
    wait: {
      type: "boolean",
      description: "Watch the round until it ends; exit 1 when it failed or lost work",
      default: false,
    },
    local: {
      type: "boolean",
      description: "Run every stage's workers in this process (implies --wait)",
      default: false,
    },
    ...dbWaitArg,
  },
  async run({ args }) {
    const options = roundOptions(args);
    const local = args.local;
    const dbWait = parseDbWait(args);
    await withServices(
      {
        db: args.db,
        allowPrivateRedis: local,
        ...(local ? { workers: { stages: STAGES, ...dbWait } } : {}),
      },
      async (services) => {
        const plan = await startRound(services, options).catch(asUsageError);
        process.stdout.write(
          `started round ${plan.id} (iteration ${plan.iteration}): ${plan.puzzles} puzzles, ${plan.attempts} attempts each, model ${plan.model}\n`,
        );
        const limits = limitsLine(plan);
        if (limits !== undefined) process.stdout.write(`${limits}\n`);
        if (!args.wait && !local) {
          process.stdout.write(
            `follow it with \`puzzleloop watch --round ${plan.id}\`; workers: \`puzzleloop worker\`\n`,
          );
          return;
        }
        await followToEnd(services, plan, { persistsHere: local });
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
