/** `puzzleloop run`: the whole loop on one machine: a round with in-process workers, live progress, then the export. */
import { resolve } from "node:path";
import { exportIteration, STAGES, startRound } from "@puzzleloop/loop";
import { defineCommand } from "citty";
import { CliError, EXIT } from "../errors.ts";
import { dbWaitArg, parseDbWait, roundLimitArgs } from "../flags.ts";
import { dbArg, withServices } from "../services.ts";
import { asUsageError, followToEnd, limitsLine, roundOptions } from "./round.ts";

export const runCommand = defineCommand({
  meta: {
    name: "run",
    description:
      "Run one round end to end on this machine (workers in-process, a private Redis if none answers) and export the verified pairs",
  },
  args: {
    model: {
      type: "string",
      description:
        "builtin (the offline baseline), a Hugging Face model id, or an endpoint URL (default builtin)",
      valueHint: "MODEL",
    },
    puzzles: { type: "string", description: "Puzzles to ask for (default 80)", valueHint: "N" },
    attempts: { type: "string", description: "Solve attempts per puzzle (default 8)", valueHint: "K" },
    iteration: { type: "string", description: "Iteration (default: the current one)", valueHint: "I" },
    seed: { type: "string", description: "Seed for few-shot sampling (default 1)", valueHint: "S" },
    out: { type: "string", description: "Where the export goes (default exports)", valueHint: "DIR" },
    format: {
      type: "string",
      description: "Export format: chat, completion or raw (default chat)",
      valueHint: "FORMAT",
    },
    ...roundLimitArgs,
    ...dbWaitArg,
    ...dbArg,
  },
  async run({ args }) {
    const options = roundOptions({
      ...args,
      model: args.model ?? "builtin",
      puzzles: args.puzzles ?? "80",
      attempts: args.attempts ?? "8",
    });
    await withServices(
      { db: args.db, allowPrivateRedis: true, workers: { stages: STAGES, ...parseDbWait(args) } },
      async (services) => {
        const plan = await startRound(services, options).catch(asUsageError);
        process.stdout.write(
          `round ${plan.id}: asking ${plan.model} for ${plan.puzzles} puzzles, ${plan.attempts} attempts each\n`,
        );
        const limits = limitsLine(plan);
        if (limits !== undefined) process.stdout.write(`${limits}\n`);
        const done = await followToEnd(services, plan, { persistsHere: true });
        // Redis forgot the round: there is nothing more to wait for or to export from it.
        if (!done && services.store.getRound(plan.id)?.counts?.accepted === null) return;
        const format = (args.format ?? "chat") as "chat" | "completion" | "raw";
        const result = await exportIteration(services.store, {
          iteration: plan.iteration,
          out: resolve(args.out ?? "exports"),
          format,
        });
        const m = result.manifest as unknown as { counts?: { pairs?: number; puzzles?: number } };
        process.stdout.write(
          `exported ${m.counts?.pairs ?? "?"} verified pairs of ${m.counts?.puzzles ?? "?"} new puzzles (iteration ${plan.iteration}) to ${result.dir}\n`,
        );
        if (!done) {
          throw new CliError(
            `round ${plan.id} failed: the export holds what it stored; see \`puzzleloop status\` for what it lost`,
            "E_ROUND",
            EXIT.no,
          );
        }
      },
    );
  },
});
