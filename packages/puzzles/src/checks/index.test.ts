import { closeSharedPool } from "@puzzleloop/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { type CheckCode, type CheckReport, checkPuzzle, checkPuzzles } from "./index.ts";

afterAll(() => closeSharedPool());

const GOOD = `/** Find a list of n integers whose i-th element is i squared. */
export function sat(li: number[], n = 18): boolean {
  return li.length === n && li.every((x, i) => x === i * i);
}

export function sol(n = 18): number[] {
  return Array.from({ length: n }, (_, i) => i * i);
}
`;

const codes = (report: CheckReport): CheckCode[] => report.reasons.map((r) => r.code);

describe("checkPuzzle", () => {
  it("passes a good puzzle with its reference in the same file", async () => {
    expect(await checkPuzzle(GOOD, undefined, { requireReference: true })).toEqual({ ok: true, reasons: [] });
  });

  it("passes a good puzzle with its solution in a separate source", async () => {
    const puzzle = `export const sat = (s: string, t = "abc"): boolean => s.length === 6 && s.slice(3) + s.slice(0, 3) === t + t;`;
    const solution = `const sol = (t = "abc") => t + t;`;
    expect(await checkPuzzle(puzzle, solution)).toEqual({ ok: true, reasons: [] });
  });

  it("parse: a syntax error", async () => {
    const report = await checkPuzzle("export function sat(x: number): boolean { return x === }");
    expect(report.ok).toBe(false);
    expect(codes(report)).toEqual(["parse"]);
    expect(report.reasons[0]!.message).toMatch(/does not parse/);
  });

  it("parse: no sat, or top-level code sat depends on", async () => {
    expect(codes(await checkPuzzle("export function sol() { return 1 }"))).toEqual(["parse"]);
    const helper = await checkPuzzle(`const TARGET = 12345;\n${GOOD.replace("i * i", "i * i + TARGET * 0")}`);
    expect(codes(helper)).toEqual(["parse"]);
    expect(helper.reasons[0]!.message).toContain("const TARGET = 12345;");
  });

  it("parse: a separate solution source without sol", async () => {
    const report = await checkPuzzle(GOOD, "export function solve() { return [] }");
    expect(codes(report)).toEqual(["parse"]);
    expect(report.reasons[0]!.message).toMatch(/^solution: /);
  });

  it("size: a source over the limit", async () => {
    const padded = `${"// padding\n".repeat(2000)}${GOOD}`;
    const report = await checkPuzzle(padded);
    expect(codes(report)).toEqual(["size"]);
    expect(report.reasons[0]!.message).toMatch(/puzzle source is \d+ bytes, over the limit of 16384/);
    expect((await checkPuzzle(padded, undefined, { maxSourceBytes: 40_000 })).ok).toBe(true);
    expect(
      codes(
        await checkPuzzle(GOOD, `${"// x\n".repeat(10)}function sol(n = 18) { return [] }`, {
          maxSourceBytes: 200,
        }),
      ),
    ).toEqual(["size"]);
  });

  it("signature: an unannotated answer, a parameter without default, a sol that disagrees", async () => {
    expect(codes(await checkPuzzle("function sat(x, n = 3) { return x === n }"))).toEqual(["signature"]);
    expect(codes(await checkPuzzle("function sat(x: number, n: number) { return x === n }"))).toEqual([
      "signature",
    ]);
    expect(
      codes(
        await checkPuzzle(
          "function sat(x: number, n = 12345) { return x === n }",
          "function sol(n) { return n }",
        ),
      ),
    ).toEqual(["signature"]);
    const mismatch = await checkPuzzle(GOOD.replace("sol(n = 18)", "sol(n = 17)"));
    expect(codes(mismatch)).toContain("signature");
    expect(mismatch.reasons.find((r) => r.code === "signature")!.message).toMatch(
      /defaults to 18 in sat but 17 in sol/,
    );
  });

  it("nondeterministic: an answer that depends on chance", async () => {
    const report = await checkPuzzle(`/** Find an integer below 1000. */
export function sat(x: number): boolean { return Number.isInteger(x) && x >= 1000 && x < 2000 }
export function sol(): number { return 1000 + Math.floor(Math.random() * 1000) }`);
    expect(codes(report)).toEqual(["nondeterministic"]);
    expect(report.reasons[0]!.message).toMatch(
      /^two runs of the pair differ: verified \d+ then verified \d+$/,
    );
  });

  it("trivial: a trivial answer of the annotated type satisfies sat", async () => {
    const report = await checkPuzzle(`export function sat(x: number): boolean { return x * x > 40 }
export function sol(): number { return 100 }`);
    expect(codes(report)).toEqual(["trivial"]);
    expect(report.reasons[0]!.message).toBe("sat accepts the trivial answers 7, 8, 9 and 1 more");
    const list = await checkPuzzle(`export function sat(li: number[]): boolean { return li.length === 0 }`);
    expect(list.reasons).toEqual([{ code: "trivial", message: "sat accepts the trivial answer []" }]);
  });

  it("reference: a sol that does not verify", async () => {
    const report = await checkPuzzle(GOOD.replace("i * i);\n}\n", "i + i);\n}\n"));
    expect(codes(report)).toEqual(["reference"]);
    expect(report.reasons[0]!.message).toMatch(/^the reference sol does not verify: wrong_answer/);
    const throws = await checkPuzzle(GOOD, "export function sol(n = 18): number[] { throw new Error('no') }");
    expect(codes(throws)).toEqual(["reference"]);
    expect(throws.reasons[0]!.message).toMatch(/: error/);
  });

  it("reference: a missing sol, when one is required", async () => {
    const satOnly = "export function sat(x: number, n = 123456): boolean { return x === n * 2 }";
    expect(await checkPuzzle(satOnly)).toEqual({ ok: true, reasons: [] });
    expect(codes(await checkPuzzle(satOnly, undefined, { requireReference: true }))).toEqual(["reference"]);
  });

  it("reference: a sol too slow for the configured fraction of the time limit", async () => {
    const slow = `export function sat(x: number): boolean { return x === 12345678 }
export function sol(): number { let s = 0; for (let i = 0; i < 5e7; i++) s = (s + i) % 7; return 12345678 + s * 0 }`;
    const report = await checkPuzzle(slow, undefined, {
      limits: { timeoutMs: 5000 },
      referenceTimeFraction: 0.002,
    });
    expect(codes(report)).toEqual(["reference"]);
    expect(report.reasons[0]!.message).toMatch(
      /^the reference pair takes \d+ ms in a phase, over 10 ms \(0\.002 of the time limit\)$/,
    );
  });

  it("reports several reasons at once", async () => {
    const report = await checkPuzzle(`export function sat(x: number, k = 2): boolean { return x >= k }
export function sol(k = 3): number { return -1 }`);
    expect(codes(report).sort()).toEqual(["reference", "signature", "trivial"]);
  });
});

describe("checkPuzzles", () => {
  it("checks many puzzles in one batch, reports in input order", async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => ({
      puzzle: `export function sat(s: string, n = ${i + 20}): boolean { return s.length === n && s === "ab".repeat(n).slice(0, n) }
export function sol(n = ${i + 20}): string { return "ab".repeat(n).slice(0, n) }`,
    }));
    inputs.splice(7, 0, { puzzle: "export function sat(x: number): boolean { return x === 0 }" });
    inputs.splice(20, 0, { puzzle: "not a puzzle" });
    const started = performance.now();
    const reports = await checkPuzzles(inputs, { requireReference: true });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(reports).toHaveLength(42);
    expect(reports.filter((r) => r.ok)).toHaveLength(40);
    expect(codes(reports[7]!).sort()).toEqual(["reference", "trivial"]);
    expect(codes(reports[20]!)).toEqual(["parse"]);
  });

  it("handles an empty list", async () => {
    expect(await checkPuzzles([])).toEqual([]);
  });
});
