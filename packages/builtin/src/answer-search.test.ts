// Search in the real sandbox: finds answers in stream order, and keeps to its candidate and time budgets.
import type { Json } from "@puzzleloop/core";
import { closeSharedPool, verifyBatch } from "@puzzleloop/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { searchAnswers } from "./answer-search.ts";

const verify = (jobs: Parameters<typeof verifyBatch>[0], limits?: Parameters<typeof verifyBatch>[1]) =>
  verifyBatch(jobs, limits);
const options = { budgetMs: 5000, maxCandidates: 5000, candidateTimeoutMs: 100, wanted: 1, verify };

function* integers(): Generator<Json> {
  for (let i = 0; ; i++) yield i;
}

afterAll(() => closeSharedPool());

describe("searchAnswers", () => {
  it("returns the first answer in stream order", async () => {
    const puzzle = "export function sat(x: number): boolean {\n  return x % 97 === 13 && x > 100;\n}";
    const result = await searchAnswers(puzzle, integers(), { ...options, wanted: 2 });
    expect(result.answers).toEqual([110, 207]);
  });

  it("stops at the candidate limit", async () => {
    const puzzle = "export function sat(x: number): boolean {\n  return x === -1;\n}";
    const result = await searchAnswers(puzzle, integers(), { ...options, maxCandidates: 300 });
    expect(result).toMatchObject({ answers: [], checked: 300 });
  });

  it("keeps near its time budget when every check runs into the timeout", async () => {
    const puzzle = "export function sat(x: number): boolean {\n  for (;;) {}\n}";
    const result = await searchAnswers(puzzle, integers(), {
      ...options,
      budgetMs: 600,
      candidateTimeoutMs: 50,
    });
    expect(result.answers).toEqual([]);
    expect(result.ms).toBeLessThan(600 + 1500);
  });

  it("stops when its signal is aborted", async () => {
    const puzzle = "export function sat(x: number): boolean {\n  return false;\n}";
    const signal = AbortSignal.abort(new Error("enough"));
    await expect(searchAnswers(puzzle, integers(), { ...options, signal })).rejects.toThrow("enough");
  });
});
