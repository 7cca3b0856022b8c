/** What every fault test stands on: its own redis-server, a temp folder, SQLite, and ways to watch a round end. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, LoopQueues } from "@puzzleloop/pipeline";
import { openSqliteStore, type Round, type SqliteStore } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";

export { type CliResult, runCli, WorkerProcess, waitFor } from "../../packages/pipeline/test/harness.ts";
export {
  fenced,
  type LoopScript,
  loopScript,
  type SolutionKind,
  solutionCompletion,
  validPuzzle,
} from "../../packages/pipeline/test/scripted-model.ts";

export interface FaultEnv {
  dir: string;
  redisServer: PrivateRedis;
  redis: Redis;
  queues: LoopQueues;
  /** A fresh database file in the temp folder, opened here for reading (and for startRound). */
  openStore(name: string): { path: string; store: SqliteStore };
  close(): Promise<void>;
}

export async function startFaultEnv(name: string): Promise<FaultEnv> {
  const dir = mkdtempSync(join(tmpdir(), `puzzleloop-fault-${name}-`));
  const redisServer = await startPrivateRedis(dir);
  const redis = connect(redisServer.url);
  const queues = new LoopQueues(redis, { backoffMs: 200 });
  const stores: SqliteStore[] = [];
  return {
    dir,
    redisServer,
    redis,
    queues,
    openStore(file) {
      const path = join(dir, file);
      const store = openSqliteStore({ path });
      stores.push(store);
      return { path, store };
    },
    async close() {
      await queues.close();
      redis.disconnect();
      for (const store of stores) store.close();
      await redisServer.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The round's row once SQLite records it as ended (done, failed or cancelled), and when that was seen. */
export async function roundEnded(
  store: SqliteStore,
  round: string,
  timeoutMs: number,
): Promise<{ row: Round; at: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = store.getRound(round);
    if (row !== undefined && row.status !== "running" && row.status !== "pending")
      return { row, at: Date.now() };
    if (Date.now() > deadline)
      throw new Error(`round ${round} still ${row?.status ?? "unknown"} in SQLite after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const seconds = (fromMs: number, toMs: number) => Math.round((toMs - fromMs) / 100) / 10;

/** A round's counts as SQLite records them, in one line for the report. */
export function describeCounts(store: SqliteStore, round: string): string {
  const row = store.getRound(round);
  const counts = row?.counts;
  const failures = store.listFailures({ roundId: round }).length;
  if (!counts) return `no counts recorded; ${failures} failure rows`;
  const accepted = counts.accepted === null ? "? accepted" : `${counts.accepted} accepted`;
  const lost = counts.lost === null ? "rest lost" : `${counts.lost} lost`;
  return `${accepted}, ${counts.stored} stored (${counts.attempts} attempts), ${lost}; ${failures} failure row${failures === 1 ? "" : "s"}`;
}
