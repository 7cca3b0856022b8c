/** `puzzleloop eval`: pass@k of a model on the held-out split, through the same queues as solving. */
import { STAGES, startEvaluation } from "@puzzleloop/loop";
import { defineCommand } from "citty";
import { CliError, EXIT, InputError } from "../errors.ts";
import { iterationNumber, positiveInt } from "../flags.ts";
import { dbArg, withServices } from "../services.ts";
import { watchRound } from "../watch-loop.ts";
import { asUsageError } from "./round.ts";

export const evalCommand = defineCommand({
  meta: {
    name: "eval",
    description:
      "Solve every puzzle of the held-out split K times and report pass@k (unbiased estimator), overall and per domain",
  },
  args: {
    model: {
      type: "string",
      required: true,
      description: "builtin, a Hugging Face model id, or an endpoint URL",
      valueHint: "MODEL",
    },
    split: {
      type: "string",
      description: "The split to evaluate on; only test is held out (default test)",
      valueHint: "test",
    },
    attempts: {
      type: "string",
      required: true,
      description: "Attempts per puzzle (K); pass@k is reported for k = 1, 2, 5, 10, ... up to K",
      valueHint: "K",
    },
    iteration: {
      type: "string",
      description: "Iteration to record the result with (default: the current one)",
      valueHint: "I",
    },
    local: {
      type: "boolean",
      description: "Run the workers in this process (--no-local when workers run elsewhere)",
      default: true,
    },
    json: { type: "boolean", description: "Print the result as JSON", default: false },
    ...dbArg,
  },
  async run({ args }) {
    const split = args.split ?? "test";
    if (split !== "test") throw new InputError(`--split must be test (the held-out split); got "${split}"`);
    const attempts = positiveInt(args.attempts, "attempts") as number;
    const iteration = iterationNumber(args.iteration, "iteration");
    await withServices(
      { db: args.db, allowPrivateRedis: args.local, ...(args.local ? { workers: { stages: STAGES } } : {}) },
      async (services) => {
        const plan = await startEvaluation(services, {
          model: args.model,
          attempts,
          split,
          ...(iteration !== undefined ? { iteration } : {}),
        }).catch(asUsageError);
        process.stderr.write(
          `evaluating ${args.model} on ${plan.puzzles} ${split} puzzles, ${attempts} attempts each (run ${plan.id})\n`,
        );
        const final = await watchRound(services.redis, plan.id, { out: process.stderr });
        if (final?.status !== "done")
          throw new CliError(`evaluation ${plan.id} did not finish (${final?.status})`, "E_EVAL", EXIT.no);
        const evaluation = services.store
          .listEvaluations({ iteration: plan.iteration })
          .find((e) => e.results.round === plan.id);
        if (evaluation === undefined)
          throw new CliError(
            `evaluation ${plan.id} finished but its result is missing from the database`,
            "E_EVAL",
            EXIT.no,
          );
        const result = {
          iteration: plan.iteration,
          model: plan.model,
          split,
          attempts,
          puzzles: Object.keys(evaluation.counts).length,
          passAtK: evaluation.results.overall,
          byDomain: evaluation.results.byDomain,
        };
        if (args.json) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        const ks = Object.keys(result.passAtK);
        const row = (name: string, values: Record<string, number>) =>
          `${name.padEnd(20)} ${ks.map((k) => `${((values[k] ?? 0) * 100).toFixed(1).padStart(7)}%`).join(" ")}`;
        process.stdout.write(`${"".padEnd(20)} ${ks.map((k) => `pass@${k}`.padStart(8)).join(" ")}\n`);
        process.stdout.write(`${row("overall", result.passAtK)}\n`);
        for (const [domain, values] of Object.entries(result.byDomain))
          process.stdout.write(`${row(domain, values)}\n`);
      },
    );
  },
});
