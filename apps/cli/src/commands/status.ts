/** `puzzleloop status`: rounds (from the database and their live state) and the queues' counts. */
import { describeReasons, listRoundIds, type RoundSnapshot, snapshotRound } from "@puzzleloop/loop";
import type { Round } from "@puzzleloop/store";
import { defineCommand } from "citty";
import { dbArg, withServices } from "../services.ts";

export const statusCommand = defineCommand({
  meta: {
    name: "status",
    description: "Rounds with their counts, and the queues' waiting/active/failed jobs",
  },
  args: {
    json: { type: "boolean", description: "Print JSON", default: false },
    ...dbArg,
  },
  async run({ args }) {
    await withServices({ db: args.db }, async (services) => {
      const queues = await services.queues.counts();
      const stored = services.store.listRounds();
      const live = new Map<string, RoundSnapshot>();
      for (const id of new Set([...(await listRoundIds(services.redis, 50)), ...stored.map((r) => r.id)])) {
        const snapshot = await snapshotRound(services.redis, id);
        if (snapshot !== undefined) live.set(id, snapshot);
      }
      const rounds = stored.map((round) => {
        const attempts = services.store.countAttemptsByStatus(round.id);
        const snapshot = live.get(round.id);
        const failures = services.store.listFailures({ roundId: round.id });
        const { status, error } = currentStatus(round, snapshot);
        return {
          id: round.id,
          iteration: round.iterationId,
          model: round.model,
          status,
          ...(error ? { error } : {}),
          config: round.config,
          puzzles: services.store.countPuzzlesByOrigin({ roundId: round.id }).generated,
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
      const iterations = services.store
        .listIterations()
        .map((i) => ({ id: i.id, model: i.model, parent: i.parent, trainDir: i.trainDir }));
      const report = { redis: services.redisUrl, database: services.store.path, iterations, rounds, queues };
      if (args.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      process.stdout.write(`redis ${report.redis}\ndatabase ${report.database}\n`);
      process.stdout.write(
        `iterations: ${iterations.map((i) => `${i.id} (${i.model})`).join(", ") || "none"}\n`,
      );
      process.stdout.write("queues:\n");
      for (const [stage, counts] of Object.entries(queues)) {
        process.stdout.write(
          `  ${stage.padEnd(8)} ${Object.entries(counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")}\n`,
        );
      }
      process.stdout.write(
        rounds.length === 0 ? "no rounds yet: `puzzleloop round start --help`\n" : "rounds:\n",
      );
      for (const r of rounds) {
        const total = Object.values(r.attempts).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `  ${r.id.padEnd(10)} ${r.status.padEnd(9)} iteration ${r.iteration}, ${r.model}: ${r.puzzles} puzzles stored, ${r.verified}/${total} attempts verified\n`,
        );
        if (r.error) process.stdout.write(`             ${r.error}\n`);
      }
    });
  },
});

/**
 * A round's status as truthfully as both records allow: SQLite is the record, but it lags while the
 * end of a round waits to be written, and it cannot know that Redis has forgotten a running round.
 */
function currentStatus(
  round: Round,
  snapshot: RoundSnapshot | undefined,
): { status: string; error?: string } {
  const open = round.status === "running" || round.status === "pending";
  if (open && snapshot === undefined) {
    return {
      status: "stranded",
      error:
        "its state in Redis is gone (Redis flushed, or restarted without persistence): a persist worker (`puzzleloop worker --stages persist`) closes it from what the database holds",
    };
  }
  if (open && snapshot !== undefined && snapshot.status !== "running") {
    return { status: snapshot.status, ...(snapshot.error ? { error: snapshot.error } : {}) };
  }
  if (snapshot?.status === "running") return { status: "running" };
  return { status: round.status, ...(round.error ? { error: round.error } : {}) };
}
