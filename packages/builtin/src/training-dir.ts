// Reads a folder of exported verified pairs (JSONL) into library examples and transformation counts.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
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
  /** Lines that were not JSON objects holding a puzzle and a solution. */
  skipped: number;
}

export class TrainingDirError extends Error {
  override name = "TrainingDirError";
}

/**
 * Every `*.jsonl` file under `dir` (sorted by path), in any format the export writes: lines with `puzzle`
 * and `solution` (or `sat` and `sol`) source strings, chat lines (`messages`: the puzzle in the user's
 * code block, the solution in the assistant's) and completion lines (`prompt`, `completion`). Blank lines
 * are ignored; other lines are counted as skipped.
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

function exampleFromLine(line: string): SolvedExample | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const sat = record.puzzle ?? record.sat;
  const sol = record.solution ?? record.sol;
  if (typeof sat === "string" && typeof sol === "string") return { sat, sol };
  if (Array.isArray(record.messages)) return fromChat(record.messages);
  if (typeof record.prompt === "string" && typeof record.completion === "string") {
    return fromCompletion(record.prompt, record.completion);
  }
  return undefined;
}

/** A chat line: the puzzle is the last code block the user shows, the solution the assistant's first. */
function fromChat(messages: readonly unknown[]): SolvedExample | undefined {
  const contents = (role: string) =>
    messages
      .filter((m): m is { role: string; content: string } => {
        const message = m as { role?: unknown; content?: unknown } | null;
        return message?.role === role && typeof message.content === "string";
      })
      .map((m) => m.content);
  const sat = contents("user").flatMap(codeBlocks).at(-1);
  const sol = contents("assistant").flatMap(codeBlocks)[0];
  return sat !== undefined && sol !== undefined ? { sat, sol } : undefined;
}

/**
 * A completion line: the prompt is a code file whose last puzzle (after the last `// Puzzle N` line) is the
 * one solved; the completion is the solution, followed by the assertion that it passes.
 */
function fromCompletion(prompt: string, completion: string): SolvedExample | undefined {
  const marker = prompt.lastIndexOf("\n// Puzzle ");
  if (marker < 0) return undefined;
  const rest = prompt.slice(marker + 1);
  const sat = rest.slice(rest.indexOf("\n") + 1).trim();
  const assertion = completion.lastIndexOf("console.assert(");
  const sol = (assertion < 0 ? completion : completion.slice(0, assertion)).trim();
  return sat !== "" && sol !== "" ? { sat, sol } : undefined;
}

const FENCE = /```[\w-]*\n([\s\S]*?)\n?```/g;

function codeBlocks(text: string): string[] {
  return [...text.matchAll(FENCE)].map((m) => m[1]!.trim()).filter((code) => code !== "");
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
