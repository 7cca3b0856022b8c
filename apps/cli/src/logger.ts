/** The one logger of long-running commands (`worker`): structured JSON lines on stderr, through pino. */
import { pino } from "pino";

export type Logger = pino.Logger;

/** Info and above by default (start, stop, failed jobs); every job with `verbose`. */
export function createLogger(verbose: boolean): Logger {
  return pino(
    {
      level: verbose ? "debug" : "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pino.destination({ dest: 2, sync: true }),
  );
}
