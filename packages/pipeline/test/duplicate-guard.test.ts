/** The duplicate guard is rebuilt from SQLite when Redis has lost it, and nothing is claimed without it. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "@puzzleloop/store";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, ensureDuplicateGuard, RoundState } from "../src/index.ts";

let dir: string;
let server: PrivateRedis;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-guard-"));
  server = await startPrivateRedis(dir);
});

afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

it("refuses claims until the guard is rebuilt, then knows every stored puzzle", async () => {
  const redis = connect(server.url);
  const store = openSqliteStore({ path: join(dir, "db.sqlite") });
  store.createIteration({ model: "builtin" });
  const round = store.createRound({
    iterationId: 0,
    model: "builtin",
    config: { puzzles: 1, attempts: 1, temperature: 1, seed: 1, fewShot: 0 },
  });
  store.insertPuzzles([
    { hash: "stored-1", source: "s", origin: "generated", roundId: round.id, answerType: "number" },
    { hash: "seed-1", source: "s", origin: "seed", answerType: "number" },
  ]);
  const state = new RoundState(redis, "r-0-9");
  expect(await state.claimPuzzle(store.datasetId, "new", "job#0")).toBe("no-guard");
  expect(await ensureDuplicateGuard(redis, store)).toEqual({ rebuilt: true, added: 2 });
  expect(await ensureDuplicateGuard(redis, store)).toEqual({ rebuilt: false, added: 0 });
  expect(await state.claimPuzzle(store.datasetId, "stored-1", "job#0")).toBe("taken");
  expect(await state.claimPuzzle(store.datasetId, "seed-1", "job#0")).toBe("taken");
  expect(await state.claimPuzzle(store.datasetId, "new", "job#0")).toBe("mine");
  // A retry of the same job keeps its claim; another job has found a duplicate.
  expect(await state.claimPuzzle(store.datasetId, "new", "job#0")).toBe("mine");
  expect(await state.claimPuzzle(store.datasetId, "new", "job#1")).toBe("taken");
  await redis.flushall();
  expect(await state.claimPuzzle(store.datasetId, "new", "job#2")).toBe("no-guard");
  store.close();
  redis.disconnect();
});
