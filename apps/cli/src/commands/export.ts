/** `puzzleloop export`: an iteration's verified pairs as a fine-tuning dataset folder. */
import type { ExportOptions, ExportResult } from "@puzzleloop/dataset";
import { command, type Values } from "../command.ts";
import { InputError } from "../errors.ts";
import { dbFlag, flag } from "../flags.ts";
import { EXPORT_FORMATS, WEIGHTINGS } from "../vocabulary.ts";

const exportFlags = {
  iteration: flag.int({
    description: "The iteration to export (see `puzzleloop status`)",
    valueHint: "I",
    min: 0,
    required: true,
  }),
  out: flag.string({
    description: "Folder that receives iteration-I/ (an earlier export there is replaced)",
    valueHint: "DIR",
    required: true,
  }),
  format: flag.choice(EXPORT_FORMATS, {
    description: "Line format: chat (messages), completion (prompt/completion) or raw",
    default: "chat",
  }),
  "max-per-puzzle": flag.int({
    description: "Shortest distinct solutions kept per puzzle (default 8)",
    valueHint: "K",
    min: 1,
  }),
  "min-solve-rate": flag.number({
    description: "Only puzzles solved at least this often in the iteration, 0..1 (default 0)",
    valueHint: "RATE",
    min: 0,
    max: 1,
  }),
  "max-solve-rate": flag.number({
    description: "Only puzzles solved at most this often in the iteration, 0..1 (default 1)",
    valueHint: "RATE",
    min: 0,
    max: 1,
  }),
  "include-seed": flag.boolean({
    description: "Also export the seed library's train puzzles, with their reference solutions",
  }),
  weighting: flag.choice(WEIGHTINGS, {
    description: "Line weights: none, or inverse-solve-rate (rarely solved puzzles weigh more; mean 1)",
    default: "none",
  }),
  resample: flag.boolean({
    description: "Write each line round(weight) times, for trainers without sample weights",
  }),
  "push-to-hub": flag.string({
    description: "Upload the folder to this Hugging Face dataset repository (needs HF_TOKEN)",
    valueHint: "REPO",
  }),
  json: flag.boolean({ description: "Print the manifest as JSON" }),
  ...dbFlag,
};

export const exportCommand = command({
  meta: {
    name: "export",
    description:
      "Write an iteration's verified puzzle/solution pairs as a fine-tuning dataset: OUT/iteration-I/ with train.jsonl, manifest.json, a dataset card and a TRL recipe",
  },
  flags: exportFlags,
  async run(v) {
    const options = exportOptions(v);
    const { databasePath, openDatabase } = await import("../database.ts");
    const store = openDatabase(databasePath(v.db), { mustExist: true });
    try {
      if (!store.getIteration(options.iteration)) {
        throw new InputError(
          `iteration ${options.iteration} does not exist in ${store.path}; run \`puzzleloop status\` to see the iterations`,
        );
      }
      const { exportIteration } = await import("@puzzleloop/dataset");
      const { exportCompanions } = await import("../export-companions.ts");
      const result = await exportIteration(store, { ...options, companions: await exportCompanions() });
      process.stdout.write(
        v.json ? `${JSON.stringify(result.manifest, null, 2)}\n` : `${describeExport(result)}\n`,
      );
    } finally {
      store.close();
    }
  },
});

/** The checked flags as export options; rules between flags are one-line usage errors too. */
function exportOptions(v: Values<typeof exportFlags>): ExportOptions {
  const options: ExportOptions = {
    iteration: v.iteration,
    out: v.out,
    format: v.format,
    weighting: v.weighting,
  };
  if (v["max-per-puzzle"] !== undefined) options.maxPerPuzzle = v["max-per-puzzle"];
  if (v["min-solve-rate"] !== undefined) options.minSolveRate = v["min-solve-rate"];
  if (v["max-solve-rate"] !== undefined) options.maxSolveRate = v["max-solve-rate"];
  if (v["include-seed"]) options.includeSeed = true;
  if (v.resample) {
    if (v.weighting === "none")
      throw new InputError("--resample copies lines by weight: add --weighting inverse-solve-rate");
    options.resample = true;
  }
  const repo = v["push-to-hub"];
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
