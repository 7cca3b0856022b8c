/**
 * Fault 2: another process holds a write lock on the SQLite file during a round. Under the persist
 * stage's limit the round waits it out and loses nothing; past it, the work that could not be written
 * is lost, recorded as lost, and never counted as written.
 */

import { type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import { RoundState } from "@puzzleloop/pipeline";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CliResult,
  describeCounts,
  type FaultEnv,
  fenced,
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

const PUZZLES = [121019, 232019, 343019, 454019, 565019, 676019];
let env: FaultEnv;
let server: ScriptedOpenAiServer;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  env = await startFaultEnv("locked");
  const script = loopScript({
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

/** Starts `round start --local --wait` and takes a write lock on its database once a puzzle is stored. */
async function lockedRound(file: string, lockMs: number, dbWaitMs: number) {
  const { path, store } = env.openStore(file);
  const cli = runCli(
    [
      "round",
      "start",
      "--local",
      "--wait",
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
      "--db-wait-ms",
      String(dbWaitMs),
      "--db",
      path,
    ],
    { REDIS_URL: env.redisServer.url },
    180_000,
  );
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
  const locker = new Database(path);
  locker.exec("BEGIN EXCLUSIVE");
  const lockedAt = Date.now();
  const released = new Promise<number>((resolve) =>
    setTimeout(() => {
      locker.exec("COMMIT");
      locker.close();
      resolve(Date.now());
    }, lockMs),
  );
  return { path, store, round, cli, lockedAt, released };
}

async function liveCounts(round: string): Promise<Record<string, number>> {
  return new RoundState(env.redis, round).counts();
}

describe("a database locked by another process", () => {
  it("is waited out when the lock ends within the limit: nothing lost", async () => {
    const { store, round, cli, lockedAt, released } = await lockedRound("short-lock.db", 6000, 30_000);
    const result: CliResult = await cli;
    const releasedAt = await released;
    expect(result.stderr).toContain("locked by another process; the persist stage waits up to 30 s");
    expect(result.code, result.stderr).toBe(0);
    const { row, at } = await roundEnded(store, round, 5000);
    expect(row.status).toBe("done");
    expect(row.counts).toMatchObject({ accepted: 6, stored: 6, lost: 0, attempts: 12 });
    expect(store.listFailures({ roundId: round })).toEqual([]);
    const counts = await liveCounts(round);
    expect(counts["stored:puzzles"]).toBe(6);
    expect(counts["stored:attempts"]).toBe(12);
    expect(store.modelCallSums(round).calls).toBe(counts.calls);
    recordOutcome({
      fault: "2a. database locked 6 s (wait limit 30 s)",
      endS: seconds(lockedAt, at),
      boundS: 30,
      status: row.status,
      counts: describeCounts(store, round),
    });
    expect(at - releasedAt).toBeLessThan(20_000);
  }, 180_000);

  it("past the limit, fails the round and records what was lost once the database takes writes again", async () => {
    const { path, store, round, cli, lockedAt, released } = await lockedRound("long-lock.db", 25_000, 3000);
    const result = await cli;
    const endedAt = Date.now();
    // The round ended on its own while the lock was still held, and said why in one line.
    expect(endedAt).toBeLessThan(lockedAt + 25_000);
    expect(result.code).toBe(1);
    const why = result.stderr.split("\n").filter((l) => l.startsWith("puzzleloop: round"));
    expect(why).toHaveLength(1);
    expect(why[0]).toMatch(/failed: its end could not be written to the database yet/);
    // Nothing unwritten is counted as written.
    const state = new RoundState(env.redis, round);
    const progress = await state.progress();
    expect(progress.persisted).toBe(store.countPuzzlesByOrigin({ roundId: round }).generated);
    expect(progress.lost).toBeGreaterThan(0);
    expect(progress.persisted + progress.lost).toBe(6);
    expect(store.getRound(round)?.status).toBe("running");

    // Once the lock is gone, a persist worker writes the round's end from what Redis kept.
    await released;
    const worker = new WorkerProcess(["--stages", "persist", "--db", path], {
      REDIS_URL: env.redisServer.url,
    });
    workers.push(worker);
    const { row, at } = await roundEnded(store, round, 30_000);
    expect(row.status).toBe("failed");
    expect(row.error).toMatch(
      new RegExp(
        `^${progress.lost} puzzles? lost, \\d+ jobs? failed for good: persist: the database stayed locked by another process for over 3 s`,
      ),
    );
    expect(row.counts).toMatchObject({
      accepted: 6,
      stored: progress.persisted,
      lost: progress.lost,
      attempts: 2 * progress.persisted,
    });
    const failures = store.listFailures({ roundId: round });
    const lostPuzzles = failures.filter((f) => f.puzzleHash !== null);
    expect(lostPuzzles).toHaveLength(progress.lost);
    for (const f of failures) expect(f).toMatchObject({ stage: "persist" });
    const counts = await liveCounts(round);
    expect(counts["stored:puzzles"] ?? 0).toBe(progress.persisted);
    expect(counts["stored:attempts"] ?? 0).toBe(row.counts?.attempts);
    // Every model call is either stored or among the failures.
    const callFailures = failures.filter((f) => f.key.startsWith("calls-")).length;
    expect(store.modelCallSums(round).calls + callFailures).toBe(counts.calls);

    const status = await runCli(["status", "--json", "--db", path], { REDIS_URL: env.redisServer.url });
    const listed = (JSON.parse(status.stdout) as { rounds: { id: string; status: string; error?: string }[] })
      .rounds;
    expect(listed.find((r) => r.id === round)).toMatchObject({ status: "failed", error: row.error });
    recordOutcome({
      fault: "2b. database locked 25 s (wait limit 3 s)",
      endS: seconds(lockedAt, endedAt),
      boundS: 25,
      status: `failed (SQLite: ${seconds(lockedAt, at)} s, after the lock)`,
      counts: describeCounts(store, round),
    });
  }, 240_000);
});
