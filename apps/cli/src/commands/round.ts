/** `puzzleloop round`: start a generation round (optionally running or watching it here), list rounds, cancel one. */

import type { RoundPlan } from "@puzzleloop/pipeline";
import { defineCommand } from "citty";
import { command, type Values } from "../command.ts";
import { EXIT, FailedError, InputError } from "../errors.ts";
import { dbFlag, dbWaitFlag, flag, jsonFlag, MODEL_HELP, roundLimitFlags, roundLimits } from "../flags.ts";
import type { Services } from "../services.ts";
import { STAGES } from "../vocabulary.ts";

/** The flags of a round, shared by `round start` and `run` (which gives them defaults). */
export function roundFlags<const M extends { required: true } | { default: string }>(
  model: M,
  puzzles: { required: true } | { default: number },
  attempts: { required: true } | { default: number },
) {
  return {
    model: flag.string({ description: MODEL_HELP, valueHint: "MODEL", ...model }),
    puzzles: flag.int({ description: "Puzzles to ask the model for", valueHint: "N", min: 1, ...puzzles }),
    attempts: flag.int({
      description:
        "Samples asked per puzzle (K): the completions the model writes for each; identical ones each count",
      valueHint: "K",
      min: 1,
      ...attempts,
    }),
    iteration: flag.int({
      description: "Iteration the round belongs to (default: the current one)",
      valueHint: "I",
      min: 0,
    }),
    temperature: flag.number({
      description: "Sampling temperature for puzzles (default 0.9)",
      valueHint: "T",
      min: 0,
      max: 2,
    }),
    seed: flag.int({ description: "Seed for few-shot sampling (default 1)", valueHint: "S", min: 0 }),
    "few-shot": flag.int({
      description: "Few-shot examples per prompt (default 4)",
      valueHint: "K",
      min: 0,
      max: 32,
    }),
    check: flag.boolean({
      description: "Check with one cheap call that the model answers before queueing anything",
      default: true,
    }),
    ...roundLimitFlags,
    ...dbFlag,
  };
}

/** The checked flags as round options. */
export function roundOptions(
  v: {
    model: string;
    puzzles: number;
    attempts: number;
    iteration: number | undefined;
    temperature: number | undefined;
    seed: number | undefined;
    "few-shot": number | undefined;
  } & Parameters<typeof roundLimits>[0],
) {
  return {
    limits: roundLimits(v),
    model: v.model,
    puzzles: v.puzzles,
    attempts: v.attempts,
    ...(v.iteration !== undefined ? { iteration: v.iteration } : {}),
    ...(v.temperature !== undefined ? { temperature: v.temperature } : {}),
    ...(v.seed !== undefined ? { seed: v.seed } : {}),
    ...(v["few-shot"] !== undefined ? { fewShot: v["few-shot"] } : {}),
  };
}

const startFlags = {
  ...roundFlags({ required: true }, { required: true }, { required: true }),
  wait: flag.boolean({ description: "Watch the round until it ends; exit 1 when it failed or lost work" }),
  local: flag.boolean({ description: "Run every stage's workers in this process (implies --wait)" }),
  ...dbWaitFlag,
};

/** What a round costs at worst when its model does not answer, said before it starts. */
export function limitsLine(plan: RoundPlan, boundMs: number): string | undefined {
  if (plan.model === "builtin") return undefined;
  const { requestTimeoutMs, httpAttempts, jobAttempts } = plan.limits;
  return `model calls: ${httpAttempts} tries of at most ${requestTimeoutMs / 1000} s each, so a call gives up within ${Math.ceil(boundMs / 1000)} s; other job failures are retried up to ${jobAttempts} runs`;
}

/**
 * Follows a round to its end and says in one line (on stderr) how it ended badly, if it did: exit
 * status 1 then. With the persist stage in this process, a round whose Redis state vanished is
 * closed in the database here, from what it holds.
 */
export async function followToEnd(
  services: Services,
  plan: RoundPlan,
  options: { persistsHere: boolean; workerHint?: string },
): Promise<boolean> {
  const { closeLostRound, lostStateMessage, storedOf } = await import("@puzzleloop/pipeline");
  const { endLine, followRound } = await import("../watch-loop.ts");
  const result = await followRound(
    services,
    plan.id,
    options.persistsHere
      ? {}
      : { dataset: plan.dataset, ...(options.workerHint ? { workerHint: options.workerHint } : {}) },
  );
  const line = endLine(plan.id, result, () => {
    const closed = options.persistsHere ? closeLostRound(services.store, plan.id) : undefined;
    if (closed !== undefined) return `${closed}; it is recorded as failed`;
    return `${lostStateMessage(plan.id, storedOf(services.store, plan.id))}; a persist worker records it as failed`;
  });
  if (line === undefined) return true;
  process.stderr.write(`puzzleloop: ${line}\n`);
  process.exitCode = EXIT.no;
  return false;
}

async function start(v: Values<typeof startFlags>): Promise<void> {
  const { preflight, withServices } = await import("../services.ts");
  const options = roundOptions(v);
  const local = v.local;
  await withServices(
    {
      db: v.db,
      allowPrivateRedis: local,
      ...(local ? { workers: { stages: STAGES, dbWaitMs: v["db-wait-ms"] } } : {}),
      preflight: () => preflight(v.model, v.check),
    },
    async (services) => {
      const { modelCallBoundMs, startRound } = await import("@puzzleloop/pipeline");
      const plan = await startRound(services, options);
      process.stdout.write(
        `started round ${plan.id} (iteration ${plan.iteration}): ${plan.puzzles} puzzles, ${plan.attempts} attempts each, model ${plan.model}\n`,
      );
      const limits = limitsLine(plan, modelCallBoundMs(plan.limits));
      if (limits !== undefined) process.stdout.write(`${limits}\n`);
      if (!v.wait && !local) {
        process.stdout.write(
          `follow it with \`puzzleloop watch --round ${plan.id}\`; workers: \`puzzleloop worker --db ${services.store.path}\`\n`,
        );
        return;
      }
      await followToEnd(services, plan, {
        persistsHere: local,
        workerHint: `\`puzzleloop worker --db ${services.store.path}\``,
      });
    },
  );
}

const startCommand = command({
  meta: {
    name: "start",
    description: "Start a generation round: N puzzles asked of MODEL, K samples each",
  },
  flags: startFlags,
  run: start,
});

const listFlags = {
  ...jsonFlag,
  ...dbFlag,
};

const listCommand = command({
  meta: {
    name: "list",
    description:
      "Every round of the database, newest first, with its status (live from Redis when one answers)",
  },
  flags: listFlags,
  async run(v) {
    const { databasePath, openDatabase } = await import("../database.ts");
    const store = openDatabase(databasePath(v.db), { mustExist: true });
    let rounds: ListedRound[];
    const datasetId = store.datasetId;
    try {
      rounds = store
        .listRounds()
        .map((r) => ({
          id: r.id,
          kind: String(r.config.kind ?? "generate"),
          iteration: r.iterationId,
          model: r.model,
          status: r.status as string,
          createdAt: new Date(r.createdAt).toISOString(),
        }))
        .reverse();
    } finally {
      store.close();
    }
    // Live state, where a Redis answers: a round the workers are on reads `running` there first.
    const live = await liveRounds(datasetId);
    for (const r of rounds) r.status = live.get(r.id)?.status ?? r.status;
    // Rounds the persist stage has not stored yet (no persist worker ran) are in Redis only.
    const stored = new Set(rounds.map((r) => r.id));
    const queued = [...live.values()].filter((r) => !stored.has(r.id));
    rounds.unshift(...queued.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)));
    if (v.json) {
      process.stdout.write(`${JSON.stringify(rounds, null, 2)}\n`);
      return;
    }
    if (rounds.length === 0) {
      process.stdout.write("no rounds yet: `puzzleloop run`, or `puzzleloop round start --help`\n");
      return;
    }
    for (const r of rounds) {
      process.stdout.write(
        `${r.id.padEnd(10)} ${r.kind.padEnd(8)} ${r.status.padEnd(9)} iteration ${r.iteration}, ${r.model}, ${r.createdAt}\n`,
      );
    }
  },
});

interface ListedRound {
  id: string;
  kind: string;
  iteration: number;
  model: string;
  status: string;
  createdAt: string;
}

/** This database's rounds as Redis has them; empty when no Redis answers (the database's statuses are shown then). */
async function liveRounds(datasetId: string): Promise<Map<string, ListedRound>> {
  const { openRedis } = await import("../services.ts");
  const out = new Map<string, ListedRound>();
  let services: Awaited<ReturnType<typeof openRedis>>;
  try {
    services = await openRedis();
  } catch {
    return out;
  }
  const { listRoundIds, RoundState } = await import("@puzzleloop/pipeline");
  try {
    for (const id of await listRoundIds(services.redis, 200)) {
      const state = new RoundState(services.redis, id);
      const plan = await state.plan();
      if (plan?.dataset !== datasetId) continue;
      out.set(id, {
        id,
        kind: plan.kind,
        iteration: plan.iteration,
        model: plan.model,
        status: (await state.status()).status,
        createdAt: new Date(plan.createdAt).toISOString(),
      });
    }
  } finally {
    await services.close();
  }
  return out;
}

const cancelFlags = {
  id: flag.positional({
    description: "The round to cancel (see `puzzleloop round list`)",
    valueHint: "ID",
    required: true,
  }),
};

const cancelCommand = command({
  meta: {
    name: "cancel",
    description:
      "Cancel a round: its queued jobs are removed and workers skip the rest; what is stored stays",
  },
  flags: cancelFlags,
  async run(v) {
    const { openRedis, withStop } = await import("../services.ts");
    const services = await openRedis();
    const { cancelRound, snapshotRound } = await import("@puzzleloop/pipeline");
    await withStop(services, "Stopping.", async () => {
      const snapshot = await snapshotRound(services.redis, v.id);
      if (snapshot === undefined) {
        throw new InputError(
          `round ${v.id} is unknown to Redis at ${services.redisUrl}: see \`puzzleloop round list\` (a private Redis keeps nothing after it stops)`,
        );
      }
      if (snapshot.status !== "running") {
        throw new FailedError(`round ${v.id} is already ${snapshot.status}: nothing to cancel`);
      }
      const removed: Record<string, number> =
        (await cancelRound(services.redis, services.queues, v.id)) ?? {};
      const total = Object.values(removed).reduce((a, b) => a + b, 0);
      const detail = Object.entries(removed)
        .filter(([, n]) => n > 0)
        .map(([stage, n]) => `${stage} ${n}`)
        .join(", ");
      process.stdout.write(
        `cancelled round ${v.id}: removed ${total} queued job(s)${detail ? ` (${detail})` : ""}; what the database holds of it stays\n`,
      );
    });
  },
});

export const roundCommand = defineCommand({
  meta: { name: "round", description: "Start, list and cancel generation rounds" },
  subCommands: { start: startCommand, list: listCommand, cancel: cancelCommand },
});
