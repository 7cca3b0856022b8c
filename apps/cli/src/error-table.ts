/**
 * The one table from an error to what the CLI prints and its exit status. Library errors are matched
 * by name, so that the table loads none of the libraries (start-up stays fast).
 */
import { stripVTControlCharacters } from "node:util";
import { CliError, EXIT } from "./errors.ts";

interface Row {
  exit: number;
  /** The line to print; the error's own message when absent. */
  message?: (error: Error) => string;
}

/** Errors raised for what the user asked, whose messages already say what to do. */
const USAGE: Row = { exit: EXIT.usage };

const TABLE: Record<string, Row> = {
  // citty's own argument errors.
  CLIError: { exit: EXIT.usage, message: (e) => `${e.message} (run with --help for usage)` },
  // @puzzleloop/loop
  RoundError: USAGE,
  IterationError: USAGE,
  ExportError: USAGE,
  ExportOptionsError: USAGE,
  NoRedisError: USAGE,
  MissingHfTokenError: USAGE,
  // The data is written and recorded; only the upload failed: the work ran and the answer is no.
  HubPushError: { exit: EXIT.no },
  // @puzzleloop/model
  ModelConfigError: USAGE,
  // @puzzleloop/builtin
  TrainingDirError: USAGE,
  InvalidStatsError: USAGE,
  // @puzzleloop/sandbox
  InvalidLimitsError: USAGE,
  // @puzzleloop/puzzles
  LibraryError: USAGE,
  ManifestError: {
    exit: EXIT.usage,
    message: (e) =>
      `${e.message} (to rebuild it from .parts: node --import tsx packages/puzzles/src/manifest/merge.ts)`,
  },
  RepoRootNotFoundError: { exit: EXIT.usage, message: (e) => `${e.message}; pass --dir DIR` },
  // @puzzleloop/store
  IterationNotFoundError: {
    exit: EXIT.usage,
    message: (e) => `${e.message}: see \`puzzleloop iteration list\``,
  },
  RoundNotFoundError: { exit: EXIT.usage, message: (e) => `${e.message}: see \`puzzleloop round list\`` },
  InvalidRoundIdError: USAGE,
  SqliteError: {
    exit: EXIT.no,
    message: (e) =>
      `database error: ${e.message} (${(e as { code?: string }).code ?? "SQLite"}); see \`puzzleloop status\``,
  },
};

/** The line printed for `error` (without the `puzzleloop: ` prefix) and the exit status. */
export function describeError(error: unknown): { message: string; exit: number } {
  if (error instanceof CliError) return { message: error.message, exit: error.exitCode };
  if (error instanceof Error) {
    const row = TABLE[error.name];
    if (row !== undefined) return { message: row.message?.(error) ?? error.message, exit: row.exit };
    return { message: `unexpected error: ${error.message}`, exit: EXIT.no };
  }
  return { message: `unexpected error: ${String(error)}`, exit: EXIT.no };
}

/** Prints one line for `error` on stderr (with its stack under PUZZLELOOP_DEBUG) and returns the exit status. */
export function reportError(error: unknown): number {
  const { message, exit } = describeError(error);
  const line = `puzzleloop: ${message.replace(/\s*\n\s*/g, " ")}`;
  process.stderr.write(`${process.stderr.isTTY ? line : stripVTControlCharacters(line)}\n`);
  if (process.env.PUZZLELOOP_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return exit;
}
