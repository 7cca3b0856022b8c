/** `puzzleloop worker`: run any subset of the stages against the shared Redis until stopped, logging through one logger. */
import { z } from "zod";
import { command } from "../command.ts";
import { InputError } from "../errors.ts";
import { dbFlag, dbWaitFlag, flag } from "../flags.ts";
import { DEFAULT_CONCURRENCY, STAGES, type Stage } from "../vocabulary.ts";

const workerFlags = {
  stages: flag.string({
    description: `Comma-separated stages (default all: ${STAGES.join(",")}); persist writes the database and should run once`,
    valueHint: "LIST",
  }),
  concurrency: flag.string({
    description: `Jobs at once per stage, e.g. solve=8,verify=2 (default ${Object.entries(DEFAULT_CONCURRENCY)
      .map(([k, v]) => `${k}=${v}`)
      .join(",")})`,
    valueHint: "LIST",
  }),
  "lock-ms": flag.int({
    description: "How long a job's lock lasts; a dead worker's jobs return after it (default 30000)",
    valueHint: "MS",
    min: 1000,
  }),
  "stalled-ms": flag.int({
    description: "How often to look for jobs of dead workers (default 15000)",
    valueHint: "MS",
    min: 1000,
  }),
  verbose: flag.boolean({ description: "Log every job as it starts and ends (JSON lines on stderr)" }),
  ...dbWaitFlag,
  ...dbFlag,
};

const stage = z.enum(STAGES);

function parseStages(value: string | undefined): Stage[] {
  if (value === undefined) return [...STAGES];
  const stages = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (stages.length === 0 || stages.some((s) => !stage.safeParse(s).success)) {
    throw new InputError(`--stages takes a comma-separated list of ${STAGES.join(", ")}; got "${value}"`);
  }
  return stages as Stage[];
}

function parseConcurrency(value: string | undefined): Partial<Record<Stage, number>> {
  if (value === undefined) return {};
  const out: Partial<Record<Stage, number>> = {};
  for (const part of value.split(",")) {
    const [name, n] = part.split("=").map((s) => s.trim());
    const count = Number(n);
    if (!stage.safeParse(name).success || !Number.isInteger(count) || count < 1 || count > 256) {
      throw new InputError(`--concurrency takes stage=N pairs such as solve=8,verify=2; got "${part}"`);
    }
    out[name as Stage] = count;
  }
  return out;
}

export const workerCommand = command({
  meta: {
    name: "worker",
    description:
      "Run stage workers (generate, solve, verify, persist) until SIGINT/SIGTERM, which finishes the jobs in progress",
  },
  flags: workerFlags,
  async run(v) {
    const stages = parseStages(v.stages);
    const concurrency = parseConcurrency(v.concurrency);
    const { createLogger } = await import("../logger.ts");
    const { openServices } = await import("../services.ts");
    const log = createLogger(v.verbose);
    // The loop's own reports (a Redis outage and its end, a locked database, a round Redis forgot) go
    // through the same logger, one line each.
    const { setOperatorLog } = await import("@puzzleloop/pipeline");
    setOperatorLog((line) => log.warn(line));
    const services = await openServices({
      db: v.db,
      workers: {
        stages,
        concurrency,
        ...(v["lock-ms"] !== undefined ? { lockDurationMs: v["lock-ms"] } : {}),
        ...(v["stalled-ms"] !== undefined ? { stalledIntervalMs: v["stalled-ms"] } : {}),
        dbWaitMs: v["db-wait-ms"],
      },
    });
    for (const [i, worker] of (services.workers?.workers ?? []).entries()) {
      const name = stages[i];
      worker.on("active", (job) => log.debug({ stage: name, job: job.id }, "job started"));
      worker.on("completed", (job) => log.debug({ stage: name, job: job.id }, "job done"));
      worker.on("failed", (job, error) =>
        log.warn(
          {
            stage: name,
            job: job?.id,
            attempt: job?.attemptsMade,
            of: job?.opts.attempts,
            err: error.message,
          },
          "job failed",
        ),
      );
      // Worker errors are the loop's to report (through the logger above): an outage once, the same
      // failure of many jobs once a minute.
    }
    log.info(
      { stages, redis: services.redisUrl, database: services.store.path },
      `worker running ${stages.join(", ")} (Ctrl-C to stop)`,
    );
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) process.exit(130);
        stopping = true;
        log.info({ signal }, "stopping: finishing the jobs in progress (again to quit at once)");
        void services.close().then(resolve);
      };
      process.on("SIGINT", () => stop("SIGINT"));
      process.on("SIGTERM", () => stop("SIGTERM"));
    });
    log.info("worker stopped");
  },
});
