/**
 * `npm run bench`: verifications per second of the sandbox beside unsandboxed in-process evaluation
 * of the same pairs, on one core and on all cores, printed as a ratio.
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { SANDBOX_V8_FLAGS, sandboxEnv } from "../src/child-process.ts";
import { ISOLATED_VM_NODE_FLAGS } from "../src/node-lines.js";
import { SandboxPool } from "../src/pool.ts";
import type { Job } from "../src/types.ts";
import { hostRunner } from "./host-eval.ts";
import { rate, SECONDS } from "./rate.ts";
import { HEAVY, TRIVIAL } from "./workloads.ts";

const cores = availableParallelism();

/** The sandbox on one core, in a process started like the pool's children (see one-core.ts). */
function sandboxOneCore(which: "trivial" | "heavy", distinct: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL("./one-core.ts", import.meta.url), [which, distinct ? "distinct" : "cached"], {
      execArgv: [...ISOLATED_VM_NODE_FLAGS, ...SANDBOX_V8_FLAGS, "--import", "tsx"],
      env: sandboxEnv(),
    });
    child.once("message", (value) => resolve(value as number));
    child.once("exit", (code) => reject(new Error(`one-core benchmark exited with ${code}`)));
  });
}

function hostOneCore(jobs: Job[]): number {
  const run = hostRunner(jobs);
  return rate((i) => {
    if (!run(i)) throw new Error("benchmark pair not verified in the host");
  });
}

async function sandboxAllCores(jobs: Job[]): Promise<number> {
  // A generous timeout: on a loaded machine a compute-heavy pair may take several times its usual
  // time, and the benchmark measures throughput, not the limit.
  const pool = new SandboxPool({ size: cores, batchSize: 256, limits: { timeoutMs: 30_000 } });
  await pool.runBatch(jobs.flatMap((j) => Array(cores * 4).fill(j))); // children up and warm
  const total = Math.max(
    2000,
    Math.round((await sandboxRatePerCore(jobs === HEAVY ? "heavy" : "trivial")) * cores * SECONDS),
  );
  const batch = Array.from({ length: total }, (_, i) => jobs[i % jobs.length] as Job);
  const start = performance.now();
  const results = await pool.runBatch(batch);
  const seconds = (performance.now() - start) / 1000;
  await pool.close();
  const failed = results.find((r) => !r.verified);
  if (failed !== undefined) {
    throw new Error(`benchmark pair not verified in the pool: ${failed.status}: ${failed.error}`);
  }
  return total / seconds;
}

let perCoreEstimate: number | undefined;
async function sandboxRatePerCore(which: "trivial" | "heavy"): Promise<number> {
  perCoreEstimate ??= await sandboxOneCore(which, false);
  return perCoreEstimate;
}

/** The host runner in one worker thread per core, each for SECONDS. */
async function hostAllCores(which: "trivial" | "heavy"): Promise<number> {
  const workerSource = `
    const { parentPort, workerData } = require("node:worker_threads");
    const { register } = require("tsx/cjs/api");
    register();
    const { hostRunner } = require(workerData.hostEval);
    const { TRIVIAL, HEAVY } = require(workerData.workloads);
    const run = hostRunner(workerData.which === "trivial" ? TRIVIAL : HEAVY);
    for (let i = 0; i < 200; i++) run(i);
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < workerData.seconds * 1000) for (let k = 0; k < 64; k++) run(done++);
    parentPort.postMessage(done / ((performance.now() - start) / 1000));
  `;
  const workerData = {
    which,
    seconds: SECONDS,
    hostEval: new URL("./host-eval.ts", import.meta.url).pathname,
    workloads: new URL("./workloads.ts", import.meta.url).pathname,
  };
  const rates = await Promise.all(
    Array.from(
      { length: cores },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(workerSource, { eval: true, workerData });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return rates.reduce((a, b) => a + b, 0);
}

const rows: string[][] = [];
function row(workload: string, where: string, sandbox: number, host: number): void {
  rows.push([workload, where, fmt(sandbox), fmt(host), `${((100 * sandbox) / host).toFixed(1)}%`]);
}
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

console.log(
  `puzzleloop sandbox benchmark: ${SECONDS} s per measurement, ${cores} cores, Node ${process.version}; one-core rates per second of CPU time, all-core rates per second of wall time\n`,
);

perCoreEstimate = await sandboxOneCore("trivial", false);
row("trivial pairs (sources cached)", "1 core", perCoreEstimate, hostOneCore(TRIVIAL));
row(
  "trivial pairs (every source new)",
  "1 core",
  await sandboxOneCore("trivial", true),
  hostOneCore(TRIVIAL),
);
row("compute-heavy pairs", "1 core", await sandboxOneCore("heavy", false), hostOneCore(HEAVY));
row(
  `trivial pairs (sources cached)`,
  `${cores} cores`,
  await sandboxAllCores(TRIVIAL),
  await hostAllCores("trivial"),
);
perCoreEstimate = await sandboxOneCore("heavy", false);
row("compute-heavy pairs", `${cores} cores`, await sandboxAllCores(HEAVY), await hostAllCores("heavy"));

const header = ["workload", "where", "sandbox verif/s", "unsandboxed/s", "sandbox / unsandboxed"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));
