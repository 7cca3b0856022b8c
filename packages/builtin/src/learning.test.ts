// Learning from an export: a model trained on verified pairs in the chat format solves a puzzle of another program that the untrained model does not.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { solvingPrompt } from "@puzzleloop/model";
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

// The search is cut by its candidate count, not by time, so that the outcome does not depend on the machine.
const BUDGET = { maxCandidates: 5000, searchBudgetMs: 60_000, maxRetrieved: 0 };

describe("learning from an export", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "builtin-learn-"));
    // The line format of the default export: the solving prompt, answered with the solution in a fence.
    const lines = TRAINING.map(({ sat, sol }) => {
      const { messages } = solvingPrompt([], { sat });
      return JSON.stringify({
        messages: [...messages, { role: "assistant", content: `\`\`\`ts\n${sol}\n\`\`\`` }],
        weight: 1,
      });
    });
    await writeFile(join(dir, "train.jsonl"), `${lines.join("\n")}\n`);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeSharedPool();
  });

  const solve = async (model: BuiltinModel) => {
    const response = await model.solve({
      examples: [],
      puzzle: { sat: HELD_OUT },
      n: 4,
      temperature: 0,
      seed: 1,
    });
    for (const { code } of response.completions) {
      if (code !== undefined && (await verifyPair(HELD_OUT, code)).verified) return code;
    }
    return undefined;
  };

  it("learns where answers lie from the pairs' programs, and searches there first", async () => {
    const untrained = new BuiltinModel(BUDGET);
    const trained = await BuiltinModel.fromTrainingDir(dir, BUDGET);
    expect(trained.library.size).toBe(TRAINING.length);
    expect(trained.prior.hits()).toEqual({ "number:scan": TRAINING.length });

    expect(await solve(untrained)).toBeUndefined();
    expect(await solve(trained)).toContain("return 7599;");
  });
});
