/** `puzzleloop export`: an iteration's verified pairs as a fine-tuning dataset folder. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  EXPORT_FORMATS,
  ExportError,
  type ExportOptions,
  type ExportResult,
  exportIteration,
  HubPushError,
  WEIGHTINGS,
} from "@puzzleloop/loop";
import { openSqliteStore, resolveDbPath } from "@puzzleloop/store";
import { defineCommand } from "citty";
import { CliError, EXIT, InputError } from "../errors.ts";
import { iterationNumber, oneOf, positiveInt, rate } from "../flags.ts";

export const exportCommand = defineCommand({
  meta: {
    name: "export",
    description:
      "Write an iteration's verified puzzle/solution pairs as a fine-tuning dataset: OUT/iteration-I/ with train.jsonl, manifest.json, a dataset card and a TRL recipe",
  },
  args: {
    iteration: {
      type: "string",
      required: true,
      description: "The iteration to export (see `puzzleloop status`)",
      valueHint: "I",
    },
    out: {
      type: "string",
      required: true,
      description: "Folder that receives iteration-I/ (an earlier export there is replaced)",
      valueHint: "DIR",
    },
    format: {
      type: "string",
      description: "Line format: chat (messages), completion (prompt/completion) or raw (default chat)",
      valueHint: EXPORT_FORMATS.join("|"),
    },
    "max-per-puzzle": {
      type: "string",
      description: "Shortest distinct solutions kept per puzzle (default 8)",
      valueHint: "K",
    },
    "min-solve-rate": {
      type: "string",
      description: "Only puzzles solved at least this often in the iteration, 0..1 (default 0)",
      valueHint: "RATE",
    },
    "max-solve-rate": {
      type: "string",
      description: "Only puzzles solved at most this often in the iteration, 0..1 (default 1)",
      valueHint: "RATE",
    },
    "include-seed": {
      type: "boolean",
      description: "Also export the seed library's train puzzles, with their reference solutions",
    },
    weighting: {
      type: "string",
      description: "Line weights: none, or inverse-solve-rate (rarely solved puzzles weigh more; mean 1)",
      valueHint: WEIGHTINGS.join("|"),
    },
    resample: {
      type: "boolean",
      description: "Write each line round(weight) times, for trainers without sample weights",
    },
    "push-to-hub": {
      type: "string",
      description: "Upload the folder to this Hugging Face dataset repository (needs HF_TOKEN)",
      valueHint: "REPO",
    },
    json: { type: "boolean", description: "Print the manifest as JSON" },
    db: {
      type: "string",
      description: "Database file (default: PUZZLELOOP_DB, else .puzzleloop/puzzleloop.db)",
      valueHint: "PATH",
    },
  },
  async run({ args }) {
    const options = parseFlags(args);
    const dbPath = args.db?.trim() ? resolve(args.db.trim()) : resolveDbPath();
    if (!existsSync(dbPath)) {
      throw new InputError(
        `no database at ${dbPath}: run \`puzzleloop round start\` first, or pass --db PATH (or set PUZZLELOOP_DB)`,
      );
    }
    const store = openSqliteStore({ path: dbPath });
    try {
      if (!store.getIteration(options.iteration)) {
        throw new InputError(
          `iteration ${options.iteration} does not exist in ${dbPath}; run \`puzzleloop status\` to see the iterations`,
        );
      }
      const result = await runExport(store, options);
      process.stdout.write(
        args.json ? `${JSON.stringify(result.manifest, null, 2)}\n` : `${describeExport(result)}\n`,
      );
      process.exitCode = EXIT.ok;
    } finally {
      store.close();
    }
  },
});

async function runExport(
  store: Parameters<typeof exportIteration>[0],
  options: ExportOptions,
): Promise<ExportResult> {
  try {
    return await exportIteration(store, options);
  } catch (error) {
    // The data is written and recorded; only the upload failed, so the work ran and the answer is no.
    if (error instanceof HubPushError) throw new CliError(error.message, "E_PUSH", EXIT.no);
    if (error instanceof ExportError) throw new InputError(error.message);
    throw error;
  }
}

interface ExportFlags {
  iteration: string;
  out: string;
  format?: string;
  "max-per-puzzle"?: string;
  "min-solve-rate"?: string;
  "max-solve-rate"?: string;
  "include-seed"?: boolean;
  weighting?: string;
  resample?: boolean;
  "push-to-hub"?: string;
}

/** The flags as export options; each bad value is a usage error naming the flag and what it takes. */
export function parseFlags(args: ExportFlags): ExportOptions {
  const iteration = iterationNumber(args.iteration, "iteration", "`puzzleloop status`") as number;
  if (args.out.trim() === "") throw new InputError("--out must name a folder");
  const options: ExportOptions = { iteration, out: args.out.trim() };
  if (args.format !== undefined) options.format = oneOf(args.format, EXPORT_FORMATS, "format");
  if (args.weighting !== undefined) options.weighting = oneOf(args.weighting, WEIGHTINGS, "weighting");
  const maxPerPuzzle = positiveInt(args["max-per-puzzle"], "max-per-puzzle");
  if (maxPerPuzzle !== undefined) options.maxPerPuzzle = maxPerPuzzle;
  const minSolveRate = rate(args["min-solve-rate"], "min-solve-rate");
  if (minSolveRate !== undefined) options.minSolveRate = minSolveRate;
  const maxSolveRate = rate(args["max-solve-rate"], "max-solve-rate");
  if (maxSolveRate !== undefined) options.maxSolveRate = maxSolveRate;
  if (args["include-seed"]) options.includeSeed = true;
  if (args.resample) {
    if ((options.weighting ?? "none") === "none")
      throw new InputError("--resample copies lines by weight: add --weighting inverse-solve-rate");
    options.resample = true;
  }
  const repo = args["push-to-hub"]?.trim();
  if (repo !== undefined) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
      throw new InputError(`--push-to-hub must name a dataset repository as owner/name, got "${repo}"`);
    options.pushToHub = repo;
  }
  return options;
}

/** A few lines for people, ending with the folder's path so that scripts can take the last line. */
function describeExport({ dir, manifest, pushed }: ExportResult): string {
  const { counts, options, weights } = manifest;
  const origins = Object.entries(counts.byOrigin)
    .map(([origin, c]) => `${origin} ${c.puzzles}`)
    .join(", ");
  const lines = [
    `exported iteration ${manifest.iteration} as ${options.format}: ${counts.lines} lines, ${counts.pairs} pairs of ${counts.puzzles} puzzles (${origins})`,
  ];
  const skipped = Object.entries(counts.skipped)
    .filter(([, c]) => c.pairs > 0)
    .map(([reason, c]) => `${c.pairs} ${reason}`);
  if (skipped.length > 0) lines.push(`left out (pairs): ${skipped.join(", ")}`);
  if (options.weighting !== "none" && counts.pairs > 0) {
    const spread = `weights ${round(weights.min)}..${round(weights.max)}, mean ${round(weights.mean)}`;
    lines.push(
      `${options.weighting}: ${spread}${options.resample ? `; resampled to ${counts.lines} lines` : ""}`,
    );
  }
  if (counts.pairs === 0) lines.push("no verified pairs passed the filters: the data file is empty");
  if (pushed) lines.push(`pushed to ${pushed.url}`);
  lines.push(dir);
  return lines.join("\n");
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
