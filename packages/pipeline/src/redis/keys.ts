/** Every Redis key the loop uses, named in one place. BullMQ's own keys live under the same prefix. */

export const PREFIX = "puzzleloop";

/**
 * Normalised puzzle hash → the job output that first produced it: the cross-round duplicate guard.
 * One per database (`dataset` is its `Store.datasetId`), so a new database does not inherit another's puzzles,
 * even at the path an old one had.
 */
export const puzzleOwners = (dataset: string) => `${PREFIX}:puzzle-owners:${dataset}`;
/**
 * The field of {@link puzzleOwners} that says the guard holds every puzzle of its database. Without it
 * (a new Redis, or one that lost its data) the guard is rebuilt from SQLite before anything is claimed.
 */
export const GUARD_COMPLETE_FIELD = "#complete";
/** Per-iteration sequence numbers for round ids. */
export const roundSequence = (iteration: number) => `${PREFIX}:round-seq:${iteration}`;
/** Rounds known to Redis, newest last. */
export const ROUNDS = `${PREFIX}:rounds`;

/** Keys of one round's state. */
export function roundKeys(round: string) {
  const base = `${PREFIX}:round:${round}`;
  return {
    /** Hash: the round's plan (config JSON, number of generate jobs, status, timestamps). */
    meta: base,
    /** Hash: generate job id → puzzles it accepted. */
    generated: `${base}:generated`,
    /** Set: hashes of the puzzles accepted for solving. */
    accepted: `${base}:accepted`,
    /** Set: puzzle hashes whose solve job finished. */
    solved: `${base}:solved`,
    /** Set: puzzle hashes whose attempts were verified. */
    verified: `${base}:verified`,
    /** Set: puzzle hashes whose results reached the database. */
    persisted: `${base}:persisted`,
    /** Set: puzzle hashes whose results never will: a job on their way failed for good. */
    lost: `${base}:lost`,
    /** Hash: event → what it was (rejections, attempts, calls), the guard of count-once. */
    events: `${base}:events`,
    /** Hash: counter → total (rejected:<reason>, attempt:<status>, calls, tokens, ...). */
    counts: `${base}:counts`,
    /** Hash: job id → what failed for good (a JSON {@link JobFailure}). */
    failed: `${base}:failed`,
    /** Sorted set: job id → when its model call started, for calls in flight. */
    inflight: `${base}:inflight`,
    /** Set: the model-output keys the round's jobs wrote, expired with the round. */
    outputs: `${base}:outputs`,
    /** Hash (evaluations): seed puzzle id → "n,c". */
    evalResults: `${base}:eval-results`,
  };
}

/** A model's recorded output for a job: a retried job reuses it rather than asking again. */
export const modelOutput = (jobId: string) => `${PREFIX}:model-output:${jobId}`;

export type RoundKeys = ReturnType<typeof roundKeys>;
