/**
 * Fault 8: Redis goes away under a running worker, comes back empty (a restart that kept nothing),
 * and goes away again as the worker is asked to stop. One line per outage and reconnect, no stack
 * traces; the round Redis forgot is closed from SQLite; SIGTERM stops the worker promptly even with
 * Redis gone.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import { connect, LoopQueues, pingRedis, startRound } from "@puzzleloop/pipeline";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeCounts,
  type FaultEnv,
  fenced,
  loopScript,
  roundEnded,
  type SolutionKind,
  seconds,
  startFaultEnv,
  validPuzzle,
  WorkerProcess,
  waitFor,
} from "./fault-env.ts";
import { recordOutcome } from "./report.ts";

let env: FaultEnv;
let server: ScriptedOpenAiServer;
let redisProcess: ChildProcess | undefined;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  env = await startFaultEnv("outage");
});

afterAll(async () => {
  for (const worker of workers) await worker.stop(5000);
  redisProcess?.kill("SIGKILL");
  await server?.stop();
  await env?.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** A redis-server that keeps nothing on disk, on `port`: killing it and starting another loses everything. */
async function startRedis(port: number): Promise<void> {
  redisProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", env.dir],
    { stdio: "ignore" },
  );
  await waitFor(
    "redis-server to answer",
    async () => ((await pingRedis(`redis://127.0.0.1:${port}`, 200)) ? true : undefined),
    10_000,
  );
}

async function killRedis(): Promise<void> {
  const child = redisProcess;
  if (child === undefined || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

it("says one line per outage and reconnect, closes the forgotten round, and stops promptly on SIGTERM", async () => {
  const PUZZLES = [161047, 272047, 383047, 494047];
  const script = loopScript({
    batches: [PUZZLES.map((a) => fenced(validPuzzle(a)))],
    solutions: new Map<number, SolutionKind[]>(PUZZLES.map((a) => [a, ["ok", "wrong"]])),
    // One puzzle is solved at once, the rest take long: Redis goes while they are in flight.
    delayMs: ({ kind, key }) => (kind !== "solve" ? 0 : key === PUZZLES[0] ? 500 : 10_000),
  });
  server = await startOpenAiServer({ responder: script.responder });
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  await startRedis(port);
  const { path, store } = env.openStore("outage.db");
  const worker = new WorkerProcess(["--stalled-ms", "1000", "--db", path], { REDIS_URL: url });
  workers.push(worker);
  // The test's own connection reports its outage to the test's log, not the worker's.
  const redis: Redis = connect(url, { lazyConnect: false });
  redis.on("error", () => {});
  const queues = new LoopQueues(redis);
  const plan = await startRound(
    { redis, queues, store },
    { model: server.url, puzzles: 4, attempts: 2, fewShot: 1 },
  );
  await waitFor(
    "a puzzle stored",
    async () => (store.countPuzzlesByOrigin({ roundId: plan.id }).generated >= 1 ? true : undefined),
    60_000,
  );

  // Redis dies, stays away 5 s, and comes back empty.
  await killRedis();
  const lostAt = Date.now();
  await new Promise((r) => setTimeout(r, 5000));
  await startRedis(port);
  const { row, at } = await roundEnded(store, plan.id, 30_000);
  expect(row.status).toBe("failed");
  expect(row.error).toMatch(/its state in Redis is gone/);
  await waitFor(
    "the worker's report",
    async () => (worker.output.includes("its state in Redis is gone") ? true : undefined),
    5000,
  );

  // Redis goes away again, and the worker is asked to stop.
  await killRedis();
  await new Promise((r) => setTimeout(r, 1500));
  const termAt = Date.now();
  worker.child.kill("SIGTERM");
  const exit = await worker.exited;
  const stopS = seconds(termAt, Date.now());
  expect(exit.signal).toBeNull();
  expect(stopS).toBeLessThan(15);

  // The worker logs JSON lines; their messages are what it said.
  const lines = worker.output
    .trim()
    .split("\n")
    .map((line) => {
      try {
        return String((JSON.parse(line) as { msg?: unknown }).msg);
      } catch {
        return line;
      }
    });
  expect(worker.output).not.toMatch(/Unhandled error event|^\s+at /m);
  const down = lines.filter((l) => l.includes(`Redis at ${url} does not answer`));
  const up = lines.filter((l) => l.includes(`Redis at ${url} answers again`));
  expect(down).toHaveLength(2);
  expect(up).toHaveLength(1);
  expect(lines.filter((l) => l.includes("its state in Redis is gone"))).toHaveLength(1);
  // Beyond the start and stop lines and a line per job that failed (its round was gone), that is all.
  const said = lines.filter((l) => l !== "job failed");
  expect(said.length, worker.output).toBeLessThanOrEqual(8);
  recordOutcome({
    fault: `8. Redis killed 5 s, back empty; SIGTERM with Redis down (stopped in ${stopS} s)`,
    endS: seconds(lostAt, at),
    boundS: 30,
    status: row.status,
    counts: `${describeCounts(store, plan.id)}; worker said ${said.length} lines (and ${lines.length - said.length} failed jobs)`,
  });
  await queues.close().catch(() => {});
  redis.disconnect();
}, 180_000);
