/** Iterations as the CLI manages them: starting the next one on a model (and the export it learned from), listing them. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CodedError } from "@puzzleloop/core";
import { DATA_FILE, MANIFEST_FILE } from "@puzzleloop/dataset";
import { ModelConfigError, parseModelName } from "@puzzleloop/model";
import type { Iteration, Store } from "@puzzleloop/store";

/** What an {@link IterationError} refuses, and the values it names. */
export type IterationErrorFields = {
  /** The training folder does not exist, or is a file. */
  "train-dir-missing": { dir: string; exists: boolean };
  /** The training folder holds several exports. */
  "train-dir-ambiguous": { dir: string; exports: string[]; latest: string };
  /** The training folder is not an export. */
  "train-dir-not-export": { dir: string; manifest: string; data: string };
  /** The training folder was exported from another database. */
  "train-dir-other-database": { dir: string; dataset: string; current: string };
  /** The model name cannot be used. */
  "model-invalid": { model: string; reason: string };
  /** The parent is not an iteration number. */
  "parent-invalid": { parent: number };
  /** The parent iteration does not exist. */
  "parent-missing": { parent: number };
};
export type IterationErrorCode = keyof IterationErrorFields;

/** A request the caller can fix: the code says what is wrong, the fields with what. */
export class IterationError<C extends IterationErrorCode = IterationErrorCode> extends CodedError<
  C,
  IterationErrorFields[C]
> {
  override name = "IterationError";
}

export interface NewIterationOptions {
  /** `builtin`, an http(s) endpoint URL or a Hugging Face model id `org/name`. */
  model: string;
  /**
   * The iteration this one learned from.
   * @defaultValue the current iteration, or none on an empty database
   */
  parent?: number;
  /**
   * The export the model was trained on: an `iteration-N/` folder written by `puzzleloop export`,
   * or the folder holding exactly one such folder.
   * @defaultValue none
   */
  trainDir?: string;
}

export interface NewIterationResult {
  iteration: Iteration;
  /** The iteration whose export `trainDir` holds, as its manifest says; undefined without `trainDir`. */
  trainedOn?: number;
}

/** A folder `puzzleloop export` wrote, and the iteration its manifest names. */
export interface ExportFolder {
  dir: string;
  iteration: number | undefined;
}

const EXPORT_DIR_NAME = /^iteration-\d+$/;

function isExportFolder(dir: string): boolean {
  return isFile(join(dir, MANIFEST_FILE)) && isFile(join(dir, DATA_FILE));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function manifestIteration(dir: string): number | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), "utf8")) as { iteration?: unknown };
    return typeof manifest.iteration === "number" ? manifest.iteration : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The export folder `dir` names: `dir` itself when it holds `manifest.json` and `train.jsonl`, else
 * its one `iteration-N/` subfolder that does. Anything else is an {@link IterationError}.
 */
export function resolveExportFolder(dir: string): ExportFolder {
  const path = resolve(dir);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // Reported below, with the same advice as a file.
  }
  if (!isDir) {
    const what = existsSync(path) ? "is not a folder" : "does not exist";
    throw new IterationError(
      "train-dir-missing",
      { dir, exists: existsSync(path) },
      `the training folder ${dir} ${what}: give the folder an export wrote (DIR/iteration-N)`,
    );
  }
  if (isExportFolder(path)) return { dir: path, iteration: manifestIteration(path) };
  const exports = readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && EXPORT_DIR_NAME.test(entry.name))
    .map((entry) => entry.name)
    .filter((name) => isExportFolder(join(path, name)))
    .sort((a, b) => Number(a.slice("iteration-".length)) - Number(b.slice("iteration-".length)));
  if (exports.length === 1) {
    const only = join(path, exports[0]!);
    return { dir: only, iteration: manifestIteration(only) };
  }
  if (exports.length > 1) {
    const latest = join(dir, exports.at(-1)!);
    throw new IterationError(
      "train-dir-ambiguous",
      { dir, exports, latest },
      `the training folder ${dir} holds ${exports.length} exports (${exports.join(", ")}): give one of them, e.g. ${latest}`,
    );
  }
  throw new IterationError(
    "train-dir-not-export",
    { dir, manifest: MANIFEST_FILE, data: DATA_FILE },
    `the training folder ${dir} is not an export: it needs ${MANIFEST_FILE} and ${DATA_FILE} (or one iteration-N/ folder holding them)`,
  );
}

/**
 * Creates the next iteration (0 on an empty database, else the newest + 1), makes it current, and
 * records the export it learned from. The id is taken inside the store's transaction, so two
 * callers at once get two iterations.
 */
export function createNextIteration(store: Store, options: NewIterationOptions): NewIterationResult {
  const model = options.model.trim();
  try {
    parseModelName(model);
  } catch (error) {
    if (error instanceof ModelConfigError)
      throw new IterationError("model-invalid", { model, reason: error.message }, error.message);
    throw error;
  }
  let parent: number | null;
  if (options.parent !== undefined) {
    if (!Number.isInteger(options.parent) || options.parent < 0) {
      throw new IterationError(
        "parent-invalid",
        { parent: options.parent },
        `the parent must be an iteration number, got ${options.parent}`,
      );
    }
    if (store.getIteration(options.parent) === undefined) {
      throw new IterationError(
        "parent-missing",
        { parent: options.parent },
        `parent iteration ${options.parent} does not exist`,
      );
    }
    parent = options.parent;
  } else {
    parent = store.currentIteration()?.id ?? null;
  }
  const folder = options.trainDir === undefined ? undefined : resolveExportFolder(options.trainDir);
  if (folder !== undefined) checkSameDatabase(store, folder.dir);
  const iteration = store.createIteration({ model, parent, trainDir: folder?.dir ?? null });
  store.setCurrentIteration(iteration.id);
  return folder?.iteration === undefined ? { iteration } : { iteration, trainedOn: folder.iteration };
}

/**
 * An export names the database it came from; one from another database holds other rounds' puzzles,
 * and learning from it would mix two datasets. (Exports older than that field are taken as they are.)
 */
export function checkSameDatabase(store: Store, dir: string): void {
  let dataset: unknown;
  try {
    dataset = (JSON.parse(readFileSync(join(dir, MANIFEST_FILE), "utf8")) as { dataset?: unknown }).dataset;
  } catch {
    return;
  }
  if (typeof dataset === "string" && dataset !== store.datasetId) {
    throw new IterationError(
      "train-dir-other-database",
      { dir, dataset, current: store.datasetId },
      `the training folder ${dir} was exported from another database (dataset ${dataset}, this one is ${store.datasetId})`,
    );
  }
}

/** One line of `puzzleloop iteration list`. */
export interface IterationListing {
  id: number;
  model: string;
  parent: number | null;
  trainDir: string | null;
  createdAt: number;
  current: boolean;
  /** Generation rounds. */
  rounds: number;
  /** Evaluation runs (rounds of kind `eval`). */
  evaluationRuns: number;
}

/** Every iteration by id, with which one is current and how many rounds each has run. */
export function iterationList(store: Store): IterationListing[] {
  const current = store.currentIteration()?.id;
  return store.listIterations().map((it) => {
    const rounds = store.listRounds({ iteration: it.id });
    const evaluationRuns = rounds.filter((r) => r.config.kind === "eval").length;
    return {
      id: it.id,
      model: it.model,
      parent: it.parent,
      trainDir: it.trainDir,
      createdAt: it.createdAt,
      current: it.id === current,
      rounds: rounds.length - evaluationRuns,
      evaluationRuns,
    };
  });
}

/** The listing as a fixed-width table, the current iteration marked with `*`; ends with a newline. */
export function formatIterationList(list: readonly IterationListing[]): string {
  if (list.length === 0) {
    return "no iterations yet: `puzzleloop round start` begins iteration 0, or `puzzleloop iteration new --model MODEL`\n";
  }
  const header = ["", "iteration", "model", "parent", "rounds", "evals", "created", "trained on"];
  const rows = list.map((it) => [
    it.current ? "*" : "",
    String(it.id),
    it.model,
    it.parent === null ? "-" : String(it.parent),
    String(it.rounds),
    String(it.evaluationRuns),
    new Date(it.createdAt).toISOString().replace(/\.\d+Z$/, "Z"),
    it.trainDir ?? "-",
  ]);
  const numeric = new Set([3, 4, 5]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}
