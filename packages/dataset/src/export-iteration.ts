/** Exports an iteration's verified pairs as a fine-tuning dataset folder, and records the export in the store. */
import { createReadStream } from "node:fs";
import { chmod, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { solveRate } from "@puzzleloop/core";
import { type ExportRecord, IterationNotFoundError, type Store } from "@puzzleloop/store";
import { CARD_FILE, datasetCard } from "./dataset-card.ts";
import { DifficultyHistogram } from "./difficulty-histogram.ts";
import { ExportError, HubPushError } from "./errors.ts";
import {
  countLines,
  countSelection,
  type ExportCounts,
  emptyCounts,
  flattenCounts,
} from "./export-counts.ts";
import { JsonlWriter, type WrittenFile } from "./jsonl-writer.ts";
import { formatLine } from "./line-format.ts";
import {
  DATA_FILE,
  type ExportManifest,
  MANIFEST_FILE,
  type ManifestOptions,
  manifestText,
  type WeightStats,
} from "./manifest.ts";
import { type ExportOptions, type ResolvedExportOptions, resolveExportOptions } from "./options.ts";
import { type PushResult, pushToHub } from "./push-to-hub.ts";
import { puzzleCandidates, type SeedReference } from "./puzzle-candidates.ts";
import { replaceDir, stagingDir } from "./replace-dir.ts";
import { type ExportPair, selectSolutions } from "./selection.ts";
import {
  RECIPE_CONFIG_FILE,
  RECIPE_SCRIPT_FILE,
  recipeFormats,
  trainScript,
  trainSftConfig,
} from "./training-recipe.ts";
import { copiesOf, rawWeight, WeightNormaliser } from "./weighting.ts";

/** The selected pairs between the two passes; removed before the folder is published. */
const SPOOL_FILE = ".pairs.jsonl";

export interface ExportResult {
  /** The folder written: `<out>/iteration-<I>`, absolute. */
  dir: string;
  manifest: ExportManifest;
  /** The store's record of the export. */
  record: ExportRecord;
  /** Where the folder was uploaded, when it was. */
  pushed?: PushResult;
}

/** The name of an iteration's folder under the output folder. */
export function iterationDirName(iteration: number): string {
  return `iteration-${iteration}`;
}

/**
 * Writes `<out>/iteration-<I>/`: `train.jsonl`, `manifest.json`, the dataset card and (for the chat
 * and completion formats) a TRL recipe, replacing an earlier export there in one step. Two passes: the
 * first reads the store once, selects pairs and sums their weights into a spool file; the second
 * writes the lines with weights normalised to mean 1. Memory holds one puzzle's solutions at a time.
 */
export async function exportIteration(store: Store, options: ExportOptions): Promise<ExportResult> {
  const o = resolveExportOptions(options);
  const iteration = store.getIteration(o.iteration);
  if (!iteration) throw new IterationNotFoundError(o.iteration);
  const dir = resolve(o.out, iterationDirName(o.iteration));
  const createdAt = o.clock();

  const staging = await stagingDir(dir);
  let manifest: ExportManifest;
  try {
    const spool = join(staging, SPOOL_FILE);
    const selected = await selectPairs(store, o, spool);
    const written = await writeLines(spool, join(staging, DATA_FILE), o, selected);
    await rm(spool);
    manifest = {
      iteration: o.iteration,
      dataset: store.datasetId,
      baseModel: iteration.model,
      models: [...selected.models].sort(),
      rounds: store
        .listRounds({ iteration: o.iteration })
        .map(({ id, model, status }) => ({ id, model, status })),
      createdAt: new Date(createdAt).toISOString(),
      options: manifestOptions(o),
      counts: selected.counts,
      weights: written.weights,
      histogram: selected.histogram.toJSON(),
      files: { [DATA_FILE]: written.file },
    };
    await writeFile(join(staging, MANIFEST_FILE), manifestText(manifest));
    await writeFile(join(staging, CARD_FILE), datasetCard(manifest));
    if (recipeFormats.includes(o.format)) {
      await writeFile(join(staging, RECIPE_CONFIG_FILE), trainSftConfig(manifest));
      await writeFile(join(staging, RECIPE_SCRIPT_FILE), trainScript(manifest));
      await chmod(join(staging, RECIPE_SCRIPT_FILE), 0o755);
    }
    for (const companion of o.companions) await companion(store, o.iteration, staging);
    await replaceDir(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  const record = store.insertExport({
    iterationId: o.iteration,
    dir,
    format: o.format,
    options: { ...manifest.options },
    counts: flattenCounts(manifest.counts),
    createdAt,
  });
  if (o.pushToHub === undefined) return { dir, manifest, record };
  return { dir, manifest, record, pushed: await push(dir, o.pushToHub, o.hfToken) };
}

async function push(dir: string, repo: string, token: string | undefined): Promise<PushResult> {
  try {
    return await pushToHub(dir, { repo, token });
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new HubPushError(dir, repo, error instanceof Error ? error.message : String(error));
  }
}

function manifestOptions(o: ResolvedExportOptions): ManifestOptions {
  return {
    format: o.format,
    maxPerPuzzle: o.maxPerPuzzle,
    minSolveRate: o.minSolveRate,
    maxSolveRate: o.maxSolveRate,
    includeSeed: o.includeSeed,
    weighting: o.weighting,
    resample: o.resample,
    pushToHub: o.pushToHub ?? null,
  };
}

interface SelectedPairs {
  counts: ExportCounts;
  histogram: DifficultyHistogram;
  normaliser: WeightNormaliser;
  models: Set<string>;
}

/** Pass one: the store's pairs, grouped per puzzle, filtered and trimmed, spooled to `spool`. */
async function selectPairs(store: Store, o: ResolvedExportOptions, spool: string): Promise<SelectedPairs> {
  const selected: SelectedPairs = {
    counts: emptyCounts(),
    histogram: new DifficultyHistogram(),
    normaliser: new WeightNormaliser(),
    models: new Set(),
  };
  const seeds = o.includeSeed ? seedReferences(store, o.iteration) : [];
  const writer = new JsonlWriter(spool);
  try {
    for (const group of puzzleCandidates(store.verifiedPairs({ iteration: o.iteration }), seeds)) {
      const selection = selectSolutions(group, o);
      countSelection(selected.counts, group.origin, selection);
      if (selection.pairs.length === 0) continue;
      selected.histogram.addPuzzle(solveRate(group.samples, group.verified), selection.pairs.length);
      for (const pair of selection.pairs) {
        selected.normaliser.add(rawWeight(pair.solveRate, o.weighting));
        if (pair.model !== null) selected.models.add(pair.model);
        await writer.writeLine(JSON.stringify(pair));
      }
    }
    await writer.close();
  } catch (error) {
    writer.destroy();
    throw error;
  }
  return selected;
}

/**
 * The seed puzzles with a reference solution, by id, with their attempt counts in the iteration.
 * Seeds are the library's train split: the test split is never stored.
 */
function seedReferences(store: Store, iteration: number): SeedReference[] {
  const seeds = store.listPuzzles({ origin: "seed" }).filter((p) => p.solution !== null);
  if (seeds.length === 0) return [];
  const ids = new Set(seeds.map((p) => p.id));
  const counts = new Map(
    store
      .puzzleAttemptCounts({ iteration })
      .filter((c) => ids.has(c.puzzleId))
      .map((c) => [c.puzzleId, c]),
  );
  return seeds.map((p) => ({
    puzzleId: p.id,
    puzzleHash: p.hash,
    puzzle: p.source,
    seedId: p.seedId,
    domain: p.domain,
    solution: p.solution!,
    samples: counts.get(p.id)?.samples ?? 0,
    verified: counts.get(p.id)?.verified ?? 0,
  }));
}

/** Pass two: each spooled pair as a line of the format, with its normalised weight, copied when resampling. */
async function writeLines(
  spool: string,
  path: string,
  o: ResolvedExportOptions,
  selected: SelectedPairs,
): Promise<{ file: WrittenFile; weights: WeightStats }> {
  const scale = selected.normaliser.scale;
  const weights = { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, sum: 0, n: 0 };
  const writer = new JsonlWriter(path);
  const input = createReadStream(spool, { encoding: "utf8" });
  try {
    for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      const pair = JSON.parse(text) as ExportPair;
      const weight = rawWeight(pair.solveRate, o.weighting) * scale;
      weights.min = Math.min(weights.min, weight);
      weights.max = Math.max(weights.max, weight);
      weights.sum += weight;
      weights.n++;
      const copies = copiesOf(weight, o.resample);
      const line = JSON.stringify(formatLine(pair, weight, o.format));
      for (let i = 0; i < copies; i++) await writer.writeLine(line);
      countLines(selected.counts, pair.origin, copies);
      selected.histogram.addLines(pair.solveRate, copies);
    }
    const file = await writer.close();
    const stats =
      weights.n === 0
        ? { min: 0, max: 0, mean: 0 }
        : { min: weights.min, max: weights.max, mean: weights.sum / weights.n };
    return { file, weights: stats };
  } catch (error) {
    writer.destroy();
    throw error;
  } finally {
    input.destroy();
  }
}
