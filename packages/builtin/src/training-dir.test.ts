// Exported pairs loaded from a folder into the library, with transformation counts, used for retrieval.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportLine } from "@puzzleloop/dataset/testing";
import { closeSharedPool, verifyPair } from "@puzzleloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuiltinModel } from "./builtin-model.ts";
import { loadTrainingDir, saveStats, TrainingDirError } from "./training-dir.ts";
import { TransformStats } from "./transform-stats.ts";

const PUZZLE = [
  "/**",
  " * Find a string that is a repeated k times.",
  " *",
  ' * Derived (builtin new-defaults) from "Find a string that is a repeated k times.": k = 3 became 4.',
  " */",
  'export function sat(s: string, a = "xy", k = 4): boolean {',
  "  return s === a.repeat(k);",
  "}",
].join("\n");
const SOLUTION = 'export function sol(a = "xy", k = 4): string {\n  return a.repeat(k);\n}';

describe("loadTrainingDir", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "builtin-train-"));
    const lines = [
      exportLine(PUZZLE, SOLUTION, "raw"),
      "",
      exportLine(
        "export function sat(x: number): boolean {\n  return x === 2;\n}",
        "export function sol(): number {\n  return 2;\n}",
        "raw",
      ),
      "not json",
      // Lines that are not an export's: a bare pair without the fields, a puzzle alone.
      JSON.stringify({ puzzle: PUZZLE, solution: SOLUTION }),
      JSON.stringify({ puzzle: PUZZLE }),
    ];
    await writeFile(join(dir, "pairs.jsonl"), `${lines.join("\n")}\n`);
    await writeFile(join(dir, "notes.txt"), "ignored");
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeSharedPool();
  });

  it("reads the lines of an export, counting the rest as skipped", async () => {
    const data = await loadTrainingDir(dir);
    expect(data.files).toEqual([join(dir, "pairs.jsonl")]);
    expect(data.examples).toHaveLength(2);
    expect(data.skipped).toBe(3);
    expect(data.stats.toJSON()).toEqual({ "new-defaults": { tried: 1, verified: 1 } });
  });

  it("prefers saved counts to the tally", async () => {
    const saved = new TransformStats();
    saved.record("composition", false);
    const path = await saveStats(dir, saved);
    try {
      expect((await loadTrainingDir(dir)).stats.toJSON()).toEqual({ composition: { tried: 1, verified: 0 } });
    } finally {
      await rm(path);
    }
  });

  it("builds a model that retrieves from the loaded pairs", async () => {
    const model = await BuiltinModel.fromTrainingDir(dir, { searchBudgetMs: 0 });
    expect(model.library.size).toBe(2);
    const puzzle = PUZZLE.replace('a = "xy", k = 4', 'a = "pq", k = 6');
    const solved = await model.solve({
      examples: [],
      puzzle: { sat: puzzle },
      n: 1,
      temperature: 0,
      seed: 1,
    });
    expect(solved.completions[0]!.code).toBe(
      'export function sol(a = "pq", k = 6): string {\n  return a.repeat(k);\n}',
    );
    expect((await verifyPair(puzzle, solved.completions[0]!.code!)).status).toBe("verified");
  });

  it("reads the chat and completion lines of an export", async () => {
    const chat = await mkdtemp(join(tmpdir(), "builtin-chat-"));
    try {
      const chatLine = JSON.parse(exportLine(PUZZLE, SOLUTION, "chat"));
      const lines = [
        chatLine,
        JSON.parse(exportLine(PUZZLE, SOLUTION, "completion")),
        // A chat line whose prompt is not the export's own for its puzzle is refused, not guessed at.
        { ...chatLine, messages: chatLine.messages.slice(0, 2) },
      ];
      await writeFile(join(chat, "train.jsonl"), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
      const data = await loadTrainingDir(chat);
      expect(data.examples).toEqual([
        { sat: PUZZLE, sol: SOLUTION },
        { sat: PUZZLE, sol: SOLUTION },
      ]);
      expect(data.skipped).toBe(1);
    } finally {
      await rm(chat, { recursive: true, force: true });
    }
  });

  it("says which folder is missing", async () => {
    await expect(loadTrainingDir(join(dir, "nope"))).rejects.toThrow(TrainingDirError);
  });
});
