/** `puzzleloop status`: rounds (from the database, with their live state when Redis answers) and the queues' counts. */
import type { RoundSnapshot } from "@puzzleloop/pipeline";
import type { Round } from "@puzzleloop/store";
import { command } from "../command.ts";
import { describeError } from "../error-table.ts";
import { dbFlag, jsonFlag } from "../flags.ts";

const statusFlags = {
  ...jsonFlag,
  ...dbFlag,
};

interface Live {
  url: string;
  queues: Record<string, Record<string, number>>;
  rounds: Map<string, RoundSnapshot>;
}

/** What Redis says of the queues and rounds, or why it cannot say. */
async function readLive(datasetId: string, ids: string[]): Promise<Live | { url: string; error: string }> {
  const { connect, redisUrl } = await import("@puzzleloop/pipeline/redis");
  const { findRedis } = await import("../redis.ts");
  let url = redisUrl();
  try {
    url = (await findRedis(false)).url;
  } catch (error) {
    return { url, error: describeError(error).message };
  }
  const { LoopQueues, listRoundIds, snapshotRound } = await import("@puzzleloop/pipeline");
  const redis = connect(url);
  const queues = new LoopQueues(redis, { dataset: datasetId });
  try {
    const rounds = new Map<string, RoundSnapshot>();
    for (const id of new Set([...(await listRoundIds(redis, 50)), ...ids])) {
      const snapshot = await snapshotRound(redis, id);
      if (snapshot !== undefined) rounds.set(id, snapshot);
    }
    return { url, queues: await queues.counts(), rounds };
  } finally {
    await queues.close();
    redis.disconnect();
  }
}

export const statusCommand = command({
  meta: {
    name: "status",
    description:
      "Iterations and rounds from the database, with live counts and the queues from Redis when one answers",
  },
  flags: statusFlags,
  async run(v) {
    const { databasePath, openDatabase } = await import("../database.ts");
    const store = openDatabase(databasePath(v.db), { mustExist: true });
    try {
      const stored = store.listRounds();
      const live = await readLive(
        store.datasetId,
        stored.map((r) => r.id),
      );
      const snapshots = "rounds" in live ? live.rounds : new Map<string, RoundSnapshot>();
      const { describeReasons } = await import("@puzzleloop/core");
      const rounds = stored.map((round) => {
        const attempts = store.countAttemptsByStatus(round.id);
        const snapshot = snapshots.get(round.id);
        const failures = store.listFailures({ roundId: round.id });
        const { status, error } = currentStatus(round, snapshot, "rounds" in live);
        return {
          id: round.id,
          iteration: round.iterationId,
          model: round.model,
          status,
          ...(error ? { error } : {}),
          config: round.config,
          puzzles: store.countPuzzlesByOrigin({ roundId: round.id }).generated,
          attempts,
          verified: attempts.verified,
          ...(round.counts ? { counts: round.counts } : {}),
          ...(failures.length > 0 ? { failures: describeReasons(failures) } : {}),
          ...(snapshot
            ? {
                live: {
                  stages: snapshot.stages,
                  rejected: snapshot.rejected,
                  failed: snapshot.failed,
                  lost: snapshot.puzzlesLost,
                  waitingOnModel: snapshot.waitingOnModel,
                },
              }
            : {}),
        };
      });
      const iterations = store
        .listIterations()
        .map((i) => ({ id: i.id, model: i.model, parent: i.parent, trainDir: i.trainDir }));
      const report = {
        redis: live.url,
        redisAnswering: !("error" in live),
        ...("error" in live ? { redisError: live.error } : {}),
        database: store.path,
        iterations,
        rounds,
        queues: "queues" in live ? live.queues : null,
      };
      if (v.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      if ("error" in live) {
        process.stderr.write(`puzzleloop: ${live.error}; showing what the database holds\n`);
      }
      const out: string[] = [];
      out.push(
        `redis ${live.url}${"error" in live ? " not answering (queues and live progress unknown)" : ""}`,
      );
      out.push(`database ${report.database}`);
      out.push(`iterations: ${iterations.map((i) => `${i.id} (${i.model})`).join(", ") || "none"}`);
      if (report.queues !== null) {
        out.push("queues:");
        for (const [stage, counts] of Object.entries(report.queues)) {
          out.push(
            `  ${stage.padEnd(8)} ${Object.entries(counts)
              .map(([k, n]) => `${k} ${n}`)
              .join(", ")}`,
          );
        }
      }
      out.push(
        rounds.length === 0
          ? "no rounds yet: `puzzleloop run`, or `puzzleloop round start --help`"
          : "rounds:",
      );
      for (const r of rounds) {
        const total = Object.values(r.attempts).reduce((a, b) => a + b, 0);
        out.push(
          `  ${r.id.padEnd(10)} ${r.status.padEnd(9)} iteration ${r.iteration}, ${r.model}: ${r.puzzles} puzzles stored, ${r.verified}/${total} attempts verified`,
        );
        if (r.error) out.push(`             ${r.error}`);
      }
      process.stdout.write(`${out.join("\n")}\n`);
    } finally {
      store.close();
    }
  },
});

/**
 * A round's status as truthfully as both records allow: SQLite is the record, but it lags while the
 * end of a round waits to be written, and cannot know that Redis has forgotten a running round.
 */
function currentStatus(
  round: Round,
  snapshot: RoundSnapshot | undefined,
  redisAnswers: boolean,
): { status: string; error?: string } {
  const open = round.status === "running" || round.status === "pending";
  if (open && redisAnswers && snapshot === undefined) {
    return {
      status: "stranded",
      error:
        "its state in Redis is gone (Redis flushed, or restarted without persistence): a persist worker (`puzzleloop worker --stages persist`) closes it from what the database holds",
    };
  }
  if (snapshot?.status === "running" || snapshot?.status === "cancelled") return { status: snapshot.status };
  if (open && snapshot !== undefined) {
    return { status: snapshot.status, ...(snapshot.error ? { error: snapshot.error } : {}) };
  }
  return { status: round.status, ...(round.error ? { error: round.error } : {}) };
}
