// Reads a folder of exported verified pairs (JSONL) into library examples and transformation counts.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LineFormatError, parseLine } from "@puzzleloop/dataset";
import type { SolvedExample } from "@puzzleloop/model";
import { derivationOf } from "./transform-kind.ts";
import { TransformStats } from "./transform-stats.ts";

/** Where outcome counts are kept beside the pairs. */
export const STATS_FILE = "builtin-stats.json";

export interface TrainingData {
  examples: SolvedExample[];
  /** From STATS_FILE when the folder has one; otherwise each pair counts as a verified puzzle of its kind. */
  stats: TransformStats;
  /** The JSONL files read, in the order read. */
  files: string[];
  /** Lines that were not lines of an export. */
  skipped: number;
}

export class TrainingDirError extends Error {
  override name = "TrainingDirError";
}

/**
 * Every `*.jsonl` file under `dir` (sorted by path), in any format the export writes (chat, completion
 * or raw), each line read by the dataset's own `parseLine`. Blank lines are ignored; other lines are
 * counted as skipped.
 */
export async function loadTrainingDir(dir: string): Promise<TrainingData> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new TrainingDirError(`training folder ${dir} does not exist: give the folder an export wrote`);
  }
  const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".jsonl")).sort();
  const examples: SolvedExample[] = [];
  const tally = new TransformStats();
  let skipped = 0;
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    for (const line of text.split("\n")) {
      if (line.trim() === "") continue;
      const example = exampleFromLine(line);
      if (example === undefined) {
        skipped++;
        continue;
      }
      examples.push(example);
      const kind = derivationOf(example.sat);
      if (kind !== undefined) tally.record(kind, true);
    }
  }
  const saved = await readStats(join(dir, STATS_FILE));
  return { examples, stats: saved ?? tally, files: names.map((name) => join(dir, name)), skipped };
}

/** The pair of one line of an export, in whichever of its formats; undefined when it is not one. */
function exampleFromLine(line: string): SolvedExample | undefined {
  try {
    const { puzzle, solution } = parseLine(line);
    return { sat: puzzle, sol: solution };
  } catch (error) {
    if (error instanceof LineFormatError) return undefined;
    throw error;
  }
}

async function readStats(path: string): Promise<TransformStats | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    return TransformStats.fromJSON(JSON.parse(text));
  } catch (error) {
    throw new TrainingDirError(`${path} is not valid transform stats: ${(error as Error).message}`);
  }
}

/** Writes the counts beside the pairs in `dir`, where {@link loadTrainingDir} finds them. */
export async function saveStats(dir: string, stats: TransformStats): Promise<string> {
  const path = join(dir, STATS_FILE);
  await writeFile(path, `${JSON.stringify(stats.toJSON(), null, 2)}\n`);
  return path;
}
