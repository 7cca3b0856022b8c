/** `puzzleloop run`: the whole loop on one machine: a round with in-process workers, live progress, then the export. */
import { resolve } from "node:path";
import type { RoundPlan } from "@puzzleloop/pipeline";
import type { SqliteStore } from "@puzzleloop/store";
import { command } from "../command.ts";
import { FailedError, InputError } from "../errors.ts";
import { dbWaitFlag, flag } from "../flags.ts";
import type { Services } from "../services.ts";
import { EXPORT_FORMATS, STAGES } from "../vocabulary.ts";
import { followToEnd, limitsLine, roundFlags, roundOptions } from "./round.ts";

/** Where `run` puts its export unless told: inside `.puzzleloop/`, which git and biome ignore. */
export const DEFAULT_OUT = ".puzzleloop/exports";

const runFlags = {
  ...roundFlags({ default: "builtin" }, { default: 80 }, { default: 8 }),
  out: flag.string({ description: "Where the export goes", valueHint: "DIR", default: DEFAULT_OUT }),
  format: flag.choice(EXPORT_FORMATS, { description: "Export line format", default: "chat" }),
  resume: flag.string({
    description: "Finish an interrupted round (see `puzzleloop round list`) instead of starting one",
    valueHint: "ROUND",
  }),
  ...dbWaitFlag,
};

export const runCommand = command({
  meta: {
    name: "run",
    description:
      "Run one round end to end on this machine (workers in-process, a private Redis if none answers) and export the verified pairs",
  },
  flags: runFlags,
  async run(v) {
    const options = roundOptions(v);
    const { preflight, withServices } = await import("../services.ts");
    await withServices(
      {
        db: v.db,
        allowPrivateRedis: true,
        workers: { stages: STAGES, dbWaitMs: v["db-wait-ms"] },
        // A resumed round's model was checked when the round started.
        ...(v.resume === undefined ? { preflight: () => preflight(v.model, v.check) } : {}),
      },
      async (services) => {
        const { exportIteration } = await import("@puzzleloop/dataset");
        const { modelCallBoundMs, startRound } = await import("@puzzleloop/pipeline");
        let plan: RoundPlan;
        if (v.resume !== undefined) {
          plan = await resumable(services, v.resume);
          process.stdout.write(`round ${plan.id}: finishing it with ${plan.model} (interrupted earlier)\n`);
        } else {
          for (const other of await unfinished(services)) {
            process.stdout.write(
              `round ${other} of this database did not finish: its queued jobs run here too (\`puzzleloop round cancel ${other}\` drops them)\n`,
            );
          }
          plan = await startRound(services, options);
          process.stdout.write(
            `round ${plan.id}: asking ${plan.model} for ${plan.puzzles} puzzles, ${plan.attempts} attempts each\n`,
          );
        }
        const limits = limitsLine(plan, modelCallBoundMs(plan.limits));
        if (limits !== undefined) process.stdout.write(`${limits}\n`);
        const done = await followToEnd(services, plan, { persistsHere: true });
        // Redis forgot the round (it is closed from what the database holds): nothing more to export of it.
        if (!done && services.store.getRound(plan.id)?.counts?.accepted === null) return;
        const ours = roundPairs(services.store, plan);
        const { exportCompanions } = await import("../export-companions.ts");
        const result = await exportIteration(services.store, {
          iteration: plan.iteration,
          out: resolve(v.out),
          format: v.format,
          companions: await exportCompanions(),
        });
        const { counts } = result.manifest;
        process.stdout.write(
          `this round: ${ours.pairs} verified pairs of ${ours.puzzles} new puzzles; exported iteration ${plan.iteration} (${counts.pairs} pairs of ${counts.puzzles} puzzles in all) to ${result.dir}\n`,
        );
        if (!done) {
          // What the round stored is verified and exported; that it lost the rest is the answer.
          throw new FailedError(
            `round ${plan.id} failed: the export holds what it stored; \`puzzleloop status\` shows what it lost`,
          );
        }
      },
    );
  },
});

/** The plan of the round `--resume` names, which must be a running round of this database. */
async function resumable(services: Services, id: string): Promise<RoundPlan> {
  const { RoundState } = await import("@puzzleloop/pipeline");
  const state = new RoundState(services.redis, id);
  const plan = await state.plan();
  if (plan === undefined) {
    throw new InputError(
      `round ${id} is unknown to Redis at ${services.redisUrl}: see \`puzzleloop round list\` (a private Redis keeps nothing after it stops, so start the round again)`,
    );
  }
  if (plan.dataset !== services.store.datasetId) {
    throw new InputError(
      `round ${id} belongs to another database than ${services.store.path}: pass its --db`,
    );
  }
  const { status } = await state.status();
  if (status !== "running") throw new InputError(`round ${id} is ${status}: there is nothing to resume`);
  return plan;
}

/** Rounds of this database that Redis still has running (interrupted, or run elsewhere). */
async function unfinished(services: Services): Promise<string[]> {
  const { listRoundIds, RoundState } = await import("@puzzleloop/pipeline");
  const out: string[] = [];
  for (const id of await listRoundIds(services.redis, 50)) {
    const state = new RoundState(services.redis, id);
    const plan = await state.plan();
    if (plan?.dataset === services.store.datasetId && (await state.status()).status === "running")
      out.push(id);
  }
  return out;
}

/** The round's own verified pairs and the puzzles they solve (the export holds the whole iteration). */
function roundPairs(store: SqliteStore, plan: RoundPlan): { pairs: number; puzzles: number } {
  let pairs = 0;
  const puzzles = new Set<number>();
  for (const pair of store.verifiedPairs({ iteration: plan.iteration, origin: "generated" })) {
    if (pair.roundId !== plan.id) continue;
    pairs++;
    puzzles.add(pair.puzzleId);
  }
  return { pairs, puzzles: puzzles.size };
}
