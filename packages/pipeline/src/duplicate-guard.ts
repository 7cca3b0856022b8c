/**
 * The duplicate guard in Redis is only a fast copy of what SQLite knows: when it is missing (a new
 * Redis, or one that lost its data) it is rebuilt from every puzzle the database holds, before any
 * round can claim a puzzle as new.
 */
import type { Store } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import { GUARD_COMPLETE_FIELD, puzzleOwners } from "./redis/keys.ts";

const BATCH = 1000;

/** Makes sure the guard of `store`'s database is complete; returns how many stored puzzles it had to add. */
export async function ensureDuplicateGuard(
  redis: Redis,
  store: Store,
): Promise<{ rebuilt: boolean; added: number }> {
  const key = puzzleOwners(store.datasetId);
  if ((await redis.hexists(key, GUARD_COMPLETE_FIELD)) === 1) return { rebuilt: false, added: 0 };
  let added = 0;
  const puzzles = store.listPuzzles();
  for (let i = 0; i < puzzles.length; i += BATCH) {
    const pipeline = redis.pipeline();
    for (const puzzle of puzzles.slice(i, i + BATCH))
      pipeline.hsetnx(key, puzzle.hash, `stored:p${puzzle.id}`);
    for (const [, result] of (await pipeline.exec()) ?? []) if (result === 1) added++;
  }
  await redis.hset(key, GUARD_COMPLETE_FIELD, String(Date.now()));
  return { rebuilt: true, added };
}
