/** `puzzleloop eval`: pass@k of a model on the held-out split, through the same queues as solving. */
import { command } from "../command.ts";
import { FailedError } from "../errors.ts";
import { dbFlag, flag, MODEL_HELP } from "../flags.ts";
import { STAGES } from "../vocabulary.ts";

const evalFlags = {
  model: flag.string({ description: MODEL_HELP, valueHint: "MODEL", required: true }),
  split: flag.choice(["test"], {
    description: "The split to evaluate on: only test is held out",
    default: "test",
  }),
  attempts: flag.int({
    description: "Samples per puzzle (K); pass@k is reported for k = 1, 2, 5, 10, ... up to K",
    valueHint: "K",
    min: 1,
    required: true,
  }),
  iteration: flag.int({
    description: "Iteration to record the result with (default: the current one)",
    valueHint: "I",
    min: 0,
  }),
  local: flag.boolean({
    description: "Run the workers in this process (--no-local when workers run elsewhere)",
    default: true,
  }),
  check: flag.boolean({
    description: "Check with one cheap call that the model answers before queueing anything",
    default: true,
  }),
  json: flag.boolean({ description: "Print the result as JSON" }),
  ...dbFlag,
};

export const evalCommand = command({
  meta: {
    name: "eval",
    description:
      "Solve every puzzle of the held-out split K times and report pass@k (unbiased estimator), overall and per domain",
  },
  flags: evalFlags,
  async run(v) {
    const { preflight, withServices } = await import("../services.ts");
    await withServices(
      {
        db: v.db,
        allowPrivateRedis: v.local,
        ...(v.local ? { workers: { stages: STAGES } } : {}),
        preflight: () => preflight(v.model, v.check),
      },
      async (services) => {
        const { startEvaluation } = await import("@puzzleloop/pipeline");
        const plan = await startEvaluation(services, {
          model: v.model,
          attempts: v.attempts,
          split: v.split,
          ...(v.iteration !== undefined ? { iteration: v.iteration } : {}),
        });
        process.stderr.write(
          `evaluating ${v.model} on ${plan.puzzles} ${v.split} puzzles, ${v.attempts} attempts each (run ${plan.id})\n`,
        );
        const { watchRound } = await import("../watch-loop.ts");
        const final = await watchRound(services, plan.id, {
          out: process.stderr,
          ...(v.local
            ? {}
            : { dataset: plan.dataset, workerHint: `\`puzzleloop worker --db ${services.store.path}\`` }),
        });
        if (final?.status !== "done") {
          throw new FailedError(
            `evaluation ${plan.id} did not finish (${final?.status ?? "unknown to Redis"})`,
          );
        }
        const evaluation = services.store
          .listEvaluations({ iteration: plan.iteration })
          .find((e) => e.results.round === plan.id);
        if (evaluation === undefined) {
          const failed = Object.values(final.failed).reduce((a, b) => a + b, 0);
          throw new FailedError(
            `evaluation ${plan.id} answered no puzzle (${failed} job(s) failed): nothing was stored; \`puzzleloop watch --round ${plan.id}\` shows why, \`puzzleloop model check ${v.model}\` tries the model`,
          );
        }
        const result = {
          iteration: plan.iteration,
          model: plan.model,
          split: v.split,
          attempts: v.attempts,
          puzzles: Object.keys(evaluation.counts).length,
          passAtK: evaluation.results.overall,
          byDomain: evaluation.results.byDomain,
        };
        if (v.json) {
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
