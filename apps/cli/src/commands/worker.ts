/** `puzzleloop worker`: run any subset of the stages against the shared Redis until stopped. */
import { DEFAULT_CONCURRENCY, STAGES, type Stage } from "@puzzleloop/loop";
import { defineCommand } from "citty";
import { InputError } from "../errors.ts";
import { dbWaitArg, parseDbWait, positiveInt } from "../flags.ts";
import { dbArg, openServices } from "../services.ts";

export const workerCommand = defineCommand({
  meta: {
    name: "worker",
    description:
      "Run stage workers (generate, solve, verify, persist) until SIGINT/SIGTERM, which finishes the jobs in progress",
  },
  args: {
    stages: {
      type: "string",
      description: `Comma-separated stages (default all: ${STAGES.join(",")}); persist writes the database and should run once`,
      valueHint: "LIST",
    },
    concurrency: {
      type: "string",
      description: `Jobs at once per stage, e.g. solve=8,verify=2 (default ${Object.entries(
        DEFAULT_CONCURRENCY,
      )
        .map(([k, v]) => `${k}=${v}`)
        .join(",")})`,
      valueHint: "LIST",
    },
    "lock-ms": {
      type: "string",
      description: "How long a job's lock lasts; a dead worker's jobs return after it (default 30000)",
      valueHint: "MS",
    },
    "stalled-ms": {
      type: "string",
      description: "How often to look for jobs of dead workers (default 15000)",
      valueHint: "MS",
    },
    ...dbWaitArg,
    ...dbArg,
  },
  async run({ args }) {
    const stages = parseStages(args.stages);
    const concurrency = parseConcurrency(args.concurrency);
    const lockDurationMs = positiveInt(args["lock-ms"], "lock-ms");
    const stalledIntervalMs = positiveInt(args["stalled-ms"], "stalled-ms");
    const services = await openServices({
      db: args.db,
      workers: {
        stages,
        concurrency,
        ...(lockDurationMs !== undefined ? { lockDurationMs } : {}),
        ...(stalledIntervalMs !== undefined ? { stalledIntervalMs } : {}),
        ...parseDbWait(args),
      },
    });
    process.stdout.write(
      `worker running ${stages.join(", ")} against ${services.redisUrl} (Ctrl-C to stop)\n`,
    );
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) process.exit(130);
        stopping = true;
        process.stdout.write(`${signal}: finishing the jobs in progress...\n`);
        void services.close().then(resolve);
      };
      process.on("SIGINT", () => stop("SIGINT"));
      process.on("SIGTERM", () => stop("SIGTERM"));
    });
    process.stdout.write("worker stopped\n");
  },
});

function parseStages(value: string | undefined): Stage[] {
  if (value === undefined) return [...STAGES];
  const stages = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = stages.find((s) => !(STAGES as readonly string[]).includes(s));
  if (bad !== undefined || stages.length === 0) {
    throw new InputError(`--stages takes a comma-separated list of ${STAGES.join(", ")}; got "${value}"`);
  }
  return stages as Stage[];
}

function parseConcurrency(value: string | undefined): Partial<Record<Stage, number>> {
  if (value === undefined) return {};
  const out: Partial<Record<Stage, number>> = {};
  for (const part of value.split(",")) {
    const [stage, n] = part.split("=").map((s) => s.trim());
    const count = Number(n);
    if (!(STAGES as readonly string[]).includes(stage ?? "") || !Number.isInteger(count) || count < 1) {
      throw new InputError(`--concurrency takes stage=N pairs such as solve=8,verify=2; got "${part}"`);
    }
    out[stage as Stage] = count;
  }
  return out;
}
