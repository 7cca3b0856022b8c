/** `puzzleloop watch`: a round's progress, live, until it ends. */
import { listRoundIds, lostStateMessage, storedOf } from "@puzzleloop/loop";
import { defineCommand } from "citty";
import { CliError, EXIT } from "../errors.ts";
import { withServices } from "../services.ts";
import { endLine, followRound } from "../watch-loop.ts";

export const watchCommand = defineCommand({
  meta: {
    name: "watch",
    description:
      "Show a round's progress per stage (done/total, rate, ETA, failures by reason) until it ends",
  },
  args: {
    round: { type: "string", description: "Round id (default: the newest)", valueHint: "R" },
    interval: {
      type: "string",
      description: "Seconds between refreshes (default 1 in a terminal, 10 in a log)",
      valueHint: "S",
    },
  },
  async run({ args }) {
    await withServices({}, async (services) => {
      const round = args.round ?? (await listRoundIds(services.redis, 1))[0];
      if (round === undefined)
        throw new CliError(
          "no round has been started: start one with `puzzleloop round start`",
          "E_NO_ROUND",
          EXIT.usage,
        );
      const seconds = args.interval === undefined ? undefined : Number(args.interval);
      const result = await followRound(
        services.redis,
        round,
        seconds !== undefined && seconds > 0 ? { intervalS: seconds, logIntervalS: seconds } : {},
      );
      if (result.final === undefined) {
        throw new CliError(
          `round ${round} is unknown to Redis: see \`puzzleloop status\` for the rounds there are`,
          "E_NO_ROUND",
          EXIT.usage,
        );
      }
      const line = endLine(round, result, () => lostStateMessage(round, storedOf(services.store, round)));
      if (line !== undefined) {
        process.stderr.write(`puzzleloop: ${line}\n`);
        process.exitCode = EXIT.no;
      }
    });
  },
});
