/**
 * The one table from an error to what the CLI prints and its exit status. Library errors are matched
 * by name, so that the table loads none of the libraries (start-up stays fast); an error that carries
 * a `code` and `fields` (the libraries' CodedError) is worded here, in the CLI's own flags and commands.
 */
import { stripVTControlCharacters } from "node:util";
import { CliError, EXIT } from "./errors.ts";

interface Row {
  exit: number;
  /** The line to print; the error's own message when absent. */
  message?: (error: Error) => string;
  /** The line to print for each code the error may carry, from its fields; the row's `message` otherwise. */
  codes?: Record<string, (fields: Fields) => string>;
}

// biome-ignore lint/suspicious/noExplicitAny: fields are the library's own record for the code, read by name
type Fields = Record<string, any>;

/** `export --iteration I --out DIR`, the command that writes what `--train` reads. */
const EXPORT_HINT = "`puzzleloop export --iteration I --out DIR`";

/** Errors raised for what the user asked, whose messages already say what to do. */
const USAGE: Row = { exit: EXIT.usage };

const TABLE: Record<string, Row> = {
  // citty's own argument errors.
  CLIError: { exit: EXIT.usage, message: (e) => `${e.message} (run with --help for usage)` },
  // @puzzleloop/pipeline
  RoundError: {
    exit: EXIT.usage,
    codes: {
      "count-invalid": (f) =>
        `--${f.field === "samples" ? "attempts" : f.field} must be a whole number of at least ${f.min}`,
      "limit-invalid": (f) => `the round limit ${f.field} must be a whole number of at least 1`,
      "iteration-missing": (f) =>
        `iteration ${f.iteration} does not exist: see \`puzzleloop iteration list\`, or start one with \`puzzleloop iteration new --model ${f.model}\``,
      "iteration-model-mismatch": (f) =>
        `iteration ${f.iteration} uses model ${f.iterationModel}, not ${f.model}: start a new iteration with \`puzzleloop iteration new --model ${f.model}\``,
    },
  },
  // @puzzleloop/report
  IterationError: {
    exit: EXIT.usage,
    codes: {
      "train-dir-missing": (f) =>
        `--train ${f.dir} ${f.exists ? "is not a folder" : "does not exist"}: pass the folder \`puzzleloop export --out DIR\` wrote (DIR/iteration-N)`,
      "train-dir-ambiguous": (f) =>
        `--train ${f.dir} holds ${f.exports.length} exports (${f.exports.join(", ")}): pass one of them, e.g. --train ${f.latest}`,
      "train-dir-not-export": (f) =>
        `--train ${f.dir} is not an export: it needs ${f.manifest} and ${f.data} (or one iteration-N/ folder holding them); write one with ${EXPORT_HINT}`,
      "train-dir-other-database": (f) =>
        `--train ${f.dir} was exported from another database (dataset ${f.dataset}, this one is ${f.current}): pass that database with --db, or train on an export of this one (${EXPORT_HINT})`,
      "model-invalid": (f) => `--model: ${f.reason}`,
      "parent-invalid": (f) => `--parent must be an iteration number, got ${f.parent}`,
      "parent-missing": (f) => `--parent ${f.parent}: no such iteration; see \`puzzleloop iteration list\``,
    },
  },
  // @puzzleloop/dataset
  ExportError: USAGE,
  ExportOptionsError: USAGE,
  MissingHfTokenError: USAGE,
  // The data is written and recorded; only the upload failed: the work ran and the answer is no.
  HubPushError: { exit: EXIT.no },
  // apps/cli's private redis-server
  NoRedisError: USAGE,
  // @puzzleloop/model
  ModelConfigError: USAGE,
  // @puzzleloop/builtin
  TrainingDirError: USAGE,
  InvalidStatsError: USAGE,
  // @puzzleloop/sandbox
  InvalidLimitsError: USAGE,
  // @puzzleloop/puzzles
  LibraryError: {
    exit: EXIT.usage,
    codes: {
      inconsistent: (f) => `the seed library is inconsistent: ${f.problems.join("; ")}`,
      "invalid-puzzles": (f) =>
        `invalid seed puzzles (run \`puzzleloop puzzles check\`): ${f.errors.join("; ")}`,
    },
  },
  ManifestError: {
    exit: EXIT.usage,
    message: (e) =>
      `${e.message} (to rebuild it from .parts: node --import tsx packages/puzzles/src/manifest/merge.ts)`,
  },
  RepoRootNotFoundError: { exit: EXIT.usage, message: (e) => `${e.message}; pass --dir DIR` },
  // @puzzleloop/dashboard
  TokenRequiredError: USAGE,
  WeakTokenError: USAGE,
  ListenError: USAGE,
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

function rowMessage(row: Row, error: Error): string {
  const { code, fields } = error as { code?: unknown; fields?: unknown };
  const worded = typeof code === "string" ? row.codes?.[code] : undefined;
  if (worded !== undefined && typeof fields === "object" && fields !== null) return worded(fields as Fields);
  return row.message?.(error) ?? error.message;
}

/** The line printed for `error` (without the `puzzleloop: ` prefix) and the exit status. */
export function describeError(error: unknown): { message: string; exit: number } {
  if (error instanceof CliError) return { message: error.message, exit: error.exitCode };
  if (error instanceof Error) {
    const row = TABLE[error.name];
    if (row !== undefined) return { message: rowMessage(row, error), exit: row.exit };
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
