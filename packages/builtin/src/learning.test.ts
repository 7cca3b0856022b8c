// Learning from an export: a model trained on verified pairs in the chat format solves puzzles of other programs that the untrained model does not.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportLine } from "@puzzleloop/dataset/testing";
import { closeSharedPool, verifyPair } from "@puzzleloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuiltinModel } from "./builtin-model.ts";

/** Exported pairs: least multiples above a bound, each solved by a program (no answer written down). */
const TRAINING = [
  [5000, 97],
  [8123, 61],
  [12000, 313],
  [3333, 77],
  [9100, 211],
  [6400, 149],
].map(([lo, m]) => ({
  sat: `/** Find the least multiple of m above lo. */\nexport function sat(x: number, lo = ${lo}, m = ${m}): boolean {\n  return Number.isInteger(x) && x > lo && x % m === 0 && x - m <= lo;\n}`,
  sol: `export function sol(lo = ${lo}, m = ${m}): number {\n  return (Math.floor(lo / m) + 1) * m;\n}`,
}));

/** Another program altogether, whose answer (7599) lies some way above its bound. */
const HELD_OUT = [
  "/** Find an integer above lo whose decimal digits add up to s. */",
  "export function sat(n: number, lo = 7000, s = 30): boolean {",
  "  if (!Number.isInteger(n) || n <= lo || n - lo > 999) return false;",
  "  let total = 0;",
  "  for (const digit of String(n)) total += Number(digit);",
  "  return total === s;",
  "}",
].join("\n");

/** Exported pairs of three questions whose answers are bits, one per item the puzzle names. */
const BIT_TRAINING = [
  ...[6, 8, 10].map((n) => ({
    sat: `/** Find n bits, alternating and starting with 1. */\nexport function sat(b: number[], n = ${n}): boolean {\n  return b.length === n && b.every((x, i) => x === (i + 1) % 2);\n}`,
    sol: `export function sol(n = ${n}): number[] {\n  return Array.from({ length: n }, (_, i) => (i + 1) % 2);\n}`,
  })),
  {
    sat: "/** Find the binary digits of x, least significant first, w of them. */\nexport function sat(b: number[], x = 37, w = 9): boolean {\n  return b.length === w && b.every((d, i) => d === ((x >> i) & 1));\n}",
    sol: "export function sol(x = 37, w = 9): number[] {\n  return Array.from({ length: w }, (_, i) => (x >> i) & 1);\n}",
  },
  {
    sat: "/** Mark the odd entries of xs with 1 and the even ones with 0. */\nexport function sat(b: number[], xs = [3, 4, 7, 10, 12]): boolean {\n  return b.length === xs.length && b.every((d, i) => d === xs[i] % 2);\n}",
    sol: "export function sol(xs = [3, 4, 7, 10, 12]): number[] {\n  return xs.map((x) => x % 2);\n}",
  },
];

/** A parity system over GF(2) with one solution: bits, one per row, but no training puzzle is like it. */
const PARITY = [
  "/** Find bits x, one per row, such that the ones at each row's positions add up to its target modulo 2. */",
  "export function sat(",
  "  x: number[],",
  "  rows = [[0, 3, 7], [1, 4], [2, 5, 9], [0, 6], [3, 8, 9], [1, 5, 7], [2, 4, 6], [0, 8], [5, 6, 9], [1, 2, 3]],",
  "  target = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0],",
  "): boolean {",
  "  if (x.length !== rows.length || !x.every((v) => v === 0 || v === 1)) return false;",
  "  return rows.every((r, i) => r.reduce((s, j) => s + x[j], 0) % 2 === target[i]);",
  "}",
].join("\n");

// The search is cut by its candidate count, not by time, so that the outcome does not depend on the machine.
const BUDGET = { maxCandidates: 5000, searchBudgetMs: 60_000, maxRetrieved: 0 };

describe("learning from an export", () => {
  let dir: string;
  let bitsDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "builtin-learn-"));
    bitsDir = await mkdtemp(join(tmpdir(), "builtin-learn-bits-"));
    await writeExport(dir, TRAINING);
    await writeExport(bitsDir, BIT_TRAINING);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(bitsDir, { recursive: true, force: true });
    await closeSharedPool();
  });

  it("learns where answers lie from the pairs' programs, and searches there first", async () => {
    const untrained = new BuiltinModel(BUDGET);
    const trained = await BuiltinModel.fromTrainingDir(dir, BUDGET);
    expect(trained.library.size).toBe(TRAINING.length);
    expect(trained.prior.hits()).toEqual({ "number:scan": TRAINING.length });

    expect(await solve(untrained, HELD_OUT)).toBeUndefined();
    expect(await solve(trained, HELD_OUT)).toContain("return 7599;");
  });

  it("learns the shape of list answers (bits, one per item the puzzle names) and tries that shape at a new size", async () => {
    const settings = { ...BUDGET, maxCandidates: 10_000 };
    const untrained = new BuiltinModel(settings);
    const trained = await BuiltinModel.fromTrainingDir(bitsDir, settings);
    expect(trained.prior.shapes("number[]")).toEqual([
      { shape: { alphabet: "bits", size: "hint" }, count: 3 },
    ]);

    expect(await solve(untrained, PARITY)).toBeUndefined();
    expect(await solve(trained, PARITY)).toBeDefined();
  });
});

/** The pairs in the line format of the default export (chat), as the dataset package writes it. */
async function writeExport(dir: string, pairs: readonly { sat: string; sol: string }[]): Promise<void> {
  const lines = pairs.map(({ sat, sol }) => exportLine(sat, sol, "chat"));
  await writeFile(join(dir, "train.jsonl"), `${lines.join("\n")}\n`);
}

async function solve(model: BuiltinModel, puzzle: string): Promise<string | undefined> {
  const response = await model.solve({
    examples: [],
    puzzle: { sat: puzzle },
    n: 4,
    temperature: 0,
    seed: 1,
  });
  for (const { code } of response.completions) {
    if (code !== undefined && (await verifyPair(puzzle, code)).verified) return code;
  }
  return undefined;
}
