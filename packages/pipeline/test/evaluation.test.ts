/** Evaluation runs: only the requested split is solved, and pass@k is computed from every sample. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadHeldOut, loadPool } from "@puzzleloop/puzzles";
import { openSqliteStore, type SqliteStore } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeEvaluation } from "../src/evaluation.ts";
import { connect, LoopQueues, startEvaluation } from "../src/index.ts";

let dir: string;
let server: PrivateRedis;
let redis: Redis;
let queues: LoopQueues;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-eval-"));
  server = await startPrivateRedis(dir);
  redis = connect(server.url);
  queues = new LoopQueues(redis);
  store = openSqliteStore({ path: join(dir, "db.sqlite") });
});

afterAll(async () => {
  await queues.close();
  redis.disconnect();
  store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("startEvaluation", () => {
  it("asks for every held-out puzzle, K attempts each, and for nothing else", async () => {
    const plan = await startEvaluation(
      { redis, queues, store },
      { model: "builtin", attempts: 10, split: "test" },
    );
    const held = await loadHeldOut("test");
    const train = new Set((await loadPool()).map((p) => p.id));
    const jobs = await queues.solve.getJobs(["waiting", "prioritized", "delayed"]);
    const asked = jobs.map((j) => j.data.puzzle.seedId).sort();
    expect(plan.kind).toBe("eval");
    expect(plan.puzzles).toBe(held.length);
    expect(asked).toEqual(held.map((p) => p.id).sort());
    expect(asked.some((id) => train.has(id as string))).toBe(false);
    expect(jobs.every((j) => j.data.attempts === 10 && j.data.evaluation)).toBe(true);
    // Few-shot examples come from the train split only.
    const shown = new Set(jobs.flatMap((j) => j.data.examples.map((e) => e.id)));
    expect([...shown].every((id) => train.has(id))).toBe(true);
  });
});

describe("summarizeEvaluation", () => {
  it("gives pass@k overall and per domain with the unbiased estimator", () => {
    const counts = { "a/x": { n: 10, c: 1 }, "a/y": { n: 10, c: 0 }, "b/z": { n: 10, c: 10 } };
    const domains = { "a/x": "a", "a/y": "a", "b/z": "b" };
    const result = summarizeEvaluation(counts, 10, domains);
    expect(Object.keys(result.overall)).toEqual(["1", "2", "5", "10"]);
    expect(result.overall["1"]).toBeCloseTo((0.1 + 0 + 1) / 3, 10);
    expect(result.overall["10"]).toBeCloseTo((1 + 0 + 1) / 3, 10);
    // a/x: 1 - C(9,5)/C(10,5) = 1 - 126/252; a/y: 0.
    expect(result.byDomain.a?.["5"]).toBeCloseTo((1 - 126 / 252 + 0) / 2, 10);
    expect(result.byDomain.b?.["1"]).toBe(1);
  });
});
