/**
 * Fault 3: Redis loses its data mid-round (FLUSHALL on this suite's own Redis). SQLite is the record:
 * the round is closed from what it holds and reported in one line, the duplicate guard is rebuilt from
 * it before the next round, and a private redis-server never outlives the process that started it.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import { pingRedis, RoundState } from "@puzzleloop/pipeline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeCounts,
  type FaultEnv,
  fenced,
  type LoopScript,
  loopScript,
  roundEnded,
  runCli,
  type SolutionKind,
  seconds,
  startFaultEnv,
  validPuzzle,
  WorkerProcess,
  waitFor,
} from "./fault-env.ts";
import { recordOutcome } from "./report.ts";

const PUZZLES = [171031, 282031, 393031, 404031, 515031, 626031];
let env: FaultEnv;
let server: ScriptedOpenAiServer;
let script: LoopScript;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  env = await startFaultEnv("flush");
  script = loopScript({
    // Every round asks for the same six puzzles: after the first, they are all stored duplicates.
    batches: [PUZZLES.slice(0, 4), PUZZLES.slice(4)].map((batch) => batch.map((a) => fenced(validPuzzle(a)))),
    solutions: new Map<number, SolutionKind[]>(PUZZLES.map((a) => [a, ["ok", "wrong"]])),
    // One puzzle is solved at once, the rest take a while: the fault falls in the middle of the round.
    delayMs: ({ kind, key }) => (kind !== "solve" ? 0 : key === PUZZLES[0] ? 300 : 5000),
  });
  server = await startOpenAiServer({ responder: script.responder });
});

afterAll(async () => {
  for (const worker of workers) await worker.stop(5000);
  await server?.stop();
  await env?.close();
});

const roundArgs = (path: string) => [
  "--model",
  server.url,
  "--puzzles",
  "6",
  "--attempts",
  "2",
  // The scripted model answers only the round's own requests, not a pre-flight call.
  "--no-check",
  "--few-shot",
  "1",
  "--db",
  path,
];

/** Waits for the newest round of `path` to have a stored puzzle, then flushes Redis. */
async function flushMidRound(store: ReturnType<FaultEnv["openStore"]>["store"]) {
  const round = await waitFor(
    "a puzzle stored",
    async () => {
      const row = store.listRounds().at(-1);
      return row !== undefined && store.countPuzzlesByOrigin({ roundId: row.id }).generated >= 1
        ? row.id
        : undefined;
    },
    60_000,
  );
  await env.redis.flushall();
  return { round, flushedAt: Date.now() };
}

describe("Redis flushed in the middle of a round", () => {
  it("with the workers in the process: one line, exit 1, and the round closed from SQLite", async () => {
    const { path, store } = env.openStore("local.db");
    const cli = runCli(
      ["round", "start", "--local", "--wait", ...roundArgs(path)],
      {
        REDIS_URL: env.redisServer.url,
      },
      120_000,
    );
    const { round, flushedAt } = await flushMidRound(store);
    const result = await cli;
    const { row, at } = await roundEnded(store, round, 5000);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => l.startsWith("puzzleloop:"));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^puzzleloop: round ${round}: its state in Redis is gone \\(Redis flushed, or restarted without persistence\\); the database keeps \\d+ of its puzzles and \\d+ attempts, and the work still in flight is lost; it is recorded as failed$`,
        ),
      ),
    ]);
    const stored = store.countPuzzlesByOrigin({ roundId: round }).generated;
    const attempts = Object.values(store.countAttemptsByStatus(round)).reduce((a, b) => a + b, 0);
    expect(row.status).toBe("failed");
    expect(row.counts).toEqual({ accepted: null, stored, lost: null, attempts, failedJobs: { round: 1 } });
    expect(store.listFailures({ roundId: round })).toMatchObject([{ stage: "round" }]);
    // Nothing was added to the closed round afterwards.
    await new Promise((r) => setTimeout(r, 2000));
    expect(store.countPuzzlesByOrigin({ roundId: round }).generated).toBe(stored);
    recordOutcome({
      fault: "3a. FLUSHALL mid-round, `round start --local --wait`",
      endS: seconds(flushedAt, at),
      boundS: 10,
      status: row.status,
      counts: describeCounts(store, round),
    });
    expect(at - flushedAt).toBeLessThan(10_000);
  }, 150_000);

  it("with separate workers: the watcher says so at once and the persist worker closes the round", async () => {
    const { path, store } = env.openStore("workers.db");
    const workerEnv = { REDIS_URL: env.redisServer.url };
    const worker = new WorkerProcess(["--db", path], workerEnv);
    workers.push(worker);
    const cli = runCli(["round", "start", "--wait", ...roundArgs(path)], workerEnv, 120_000);
    const { round, flushedAt } = await flushMidRound(store);
    const result = await cli;
    const watcherS = seconds(flushedAt, Date.now());
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      new RegExp(
        `^puzzleloop: round ${round}: its state in Redis is gone .*; a persist worker records it as failed$`,
      ),
    );
    const { row, at } = await roundEnded(store, round, 20_000);
    expect(row.status).toBe("failed");
    expect(row.error).toMatch(/its state in Redis is gone/);
    await waitFor(
      "the worker's line",
      async () => (worker.output.includes(`round ${round}: its state`) ? true : undefined),
      5000,
    );
    const status = await runCli(["status", "--json", "--db", path], workerEnv);
    const listed = (JSON.parse(status.stdout) as { rounds: { id: string; status: string }[] }).rounds;
    expect(listed.find((r) => r.id === round)?.status).toBe("failed");
    recordOutcome({
      fault: `3b. FLUSHALL mid-round, separate workers (watcher exits in ${watcherS} s)`,
      endS: seconds(flushedAt, at),
      boundS: 20,
      status: row.status,
      counts: describeCounts(store, round),
    });
  }, 150_000);

  it("rebuilds the duplicate guard from SQLite: the next round pays nothing for puzzles already stored", async () => {
    const { path, store } = env.openStore("local.db");
    const first = store.listRounds().at(-1)!;
    const storedBefore = store.listPuzzles({ origin: "generated" });
    expect(storedBefore.length).toBeGreaterThan(0);
    const solveRequestsBefore = new Map(PUZZLES.map((a) => [a, script.solveRequests(a)]));
    await env.redis.flushall();
    const result = await runCli(
      ["round", "start", "--local", "--wait", ...roundArgs(path)],
      {
        REDIS_URL: env.redisServer.url,
      },
      120_000,
    );
    expect(result.code, result.stderr).toBe(0);
    const second = store.listRounds().at(-1)!;
    expect(second.id).not.toBe(first.id);
    const stored = new Set(storedBefore.map((p) => Number(/\ba = (\d+)/.exec(p.source)?.[1])));
    for (const a of PUZZLES) {
      // A stored puzzle is not solved again; one the first round lost is new to the database.
      const extra = script.solveRequests(a) - (solveRequestsBefore.get(a) ?? 0);
      expect({ a, extra }).toEqual({ a, extra: stored.has(a) ? 0 : 1 });
    }
    expect(store.countPuzzlesByOrigin({ roundId: second.id }).generated).toBe(PUZZLES.length - stored.size);
    // Attempts are filed under the round that stored their puzzle, never under an older puzzle.
    const olderIds = new Set(storedBefore.map((p) => p.id));
    const misfiled = store
      .puzzleAttemptCounts({ roundId: second.id })
      .filter((c) => olderIds.has(c.puzzleId));
    expect(misfiled).toEqual([]);
    const counts = await new RoundState(env.redis, second.id).counts();
    expect(counts["rejected:duplicate"]).toBe(stored.size);
  }, 150_000);
});

describe("a private redis-server", () => {
  it("does not outlive the process that started it, even killed with SIGKILL", async () => {
    const script = join(env.dir, "owner.mts");
    const privateRedis = new URL("../../apps/cli/src/private-redis.ts", import.meta.url).pathname;
    writeFileSync(
      script,
      `import { startPrivateRedis } from ${JSON.stringify(privateRedis)};\n` +
        `const redis = await startPrivateRedis(${JSON.stringify(join(env.dir, "owned"))});\n` +
        "process.stdout.write(redis.url + '\\n');\nsetInterval(() => {}, 1000);\n",
    );
    const owner = spawn(process.execPath, ["--import", "tsx", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      owner.stdout.setEncoding("utf8").once("data", (line: string) => resolve(line.trim()));
      owner.once("exit", (code) => reject(new Error(`the owner exited with ${code}`)));
    });
    expect(await pingRedis(url)).toBe(true);
    owner.kill("SIGKILL");
    const killedAt = Date.now();
    await waitFor(
      "the private redis-server to stop",
      async () => ((await pingRedis(url, 200)) ? undefined : true),
      10_000,
      100,
    );
    recordOutcome({
      fault: "3c. kill -9 of the owner of a private redis-server",
      endS: seconds(killedAt, Date.now()),
      boundS: 10,
      status: "redis-server gone",
      counts: "-",
    });
  }, 60_000);
});
