/** `puzzleloop watch`: a round's progress, live, until it ends; it reads Redis only. */
import { command } from "../command.ts";
import { EXIT, InputError } from "../errors.ts";
import { flag } from "../flags.ts";

const watchFlags = {
  round: flag.string({ description: "Round id (default: the newest)", valueHint: "R" }),
  interval: flag.number({
    description: "Seconds between refreshes (default 1 in a terminal, 10 in a log)",
    valueHint: "S",
    min: 0.1,
    max: 3600,
  }),
};

export const watchCommand = command({
  meta: {
    name: "watch",
    description:
      "Show a round's progress per stage (done/total, rate, ETA, failures by reason) until it ends; says when no worker serves it",
  },
  flags: watchFlags,
  async run(v) {
    const { openRedis, withStop } = await import("../services.ts");
    const services = await openRedis();
    const { listRoundIds, RoundState } = await import("@puzzleloop/pipeline");
    const { endLine, followRound } = await import("../watch-loop.ts");
    const stopping =
      "Stopped watching: the round goes on in its workers (`puzzleloop watch` follows it again).";
    await withStop(services, stopping, async () => {
      const round = v.round ?? (await listRoundIds(services.redis, 1))[0];
      if (round === undefined) {
        throw new InputError(
          "no round has been started: start one with `puzzleloop run` or `puzzleloop round start`",
        );
      }
      const plan = await new RoundState(services.redis, round).plan();
      if (plan === undefined) {
        throw new InputError(
          `round ${round} is unknown to Redis at ${services.redisUrl}: see \`puzzleloop round list\` for the rounds there are`,
        );
      }
      const result = await followRound(services, round, {
        dataset: plan.dataset,
        ...(v.interval !== undefined ? { intervalS: v.interval, logIntervalS: v.interval } : {}),
      });
      // watch reads Redis only: of a round Redis forgot, it says so; the database's record is `status`'s.
      const line = endLine(
        round,
        result,
        () =>
          `round ${round}: its state in Redis is gone (Redis flushed, or restarted without persistence); \`puzzleloop status\` shows what the database keeps of it`,
      );
      if (line !== undefined) {
        process.stderr.write(`puzzleloop: ${line}\n`);
        process.exitCode = EXIT.no;
      }
    });
  },
});
