import { afterAll, describe, expect, it } from "vitest";
import { HONEST, PUZZLE } from "../test/hostile-pairs.ts";
import { InvalidLimitsError } from "./limits.ts";
import { Verifier } from "./verifier.ts";

const verifier = new Verifier({ limits: { timeoutMs: 500 } });
afterAll(() => verifier.dispose());

const RANDOM_PUZZLE = `export function sat(x: number[]): boolean { return x.length === 3 && x[0] === Math.random(); }`;
const RANDOM_SOL = "export function sol() { return [Math.random(), Date.now(), new Date().getTime()]; }";

describe("Verifier", () => {
  it("verifies an honest pair and returns the answer as JSON", () => {
    const result = verifier.run({ kind: "pair", puzzle: PUZZLE, solution: HONEST });
    expect(result.status).toBe("verified");
    expect(JSON.parse(result.answer as string)).toEqual(Array.from({ length: 18 }, (_, i) => i * i));
    expect(result.ms).toBeGreaterThan(0);
  });

  it("accepts one source holding both functions", () => {
    const both = `${PUZZLE}\n${HONEST}`;
    expect(verifier.run({ kind: "pair", puzzle: both, solution: both }).status).toBe("verified");
  });

  it("is deterministic: a seeded Math.random and a fixed clock, the same in every verifier", () => {
    const first = verifier.run({ kind: "pair", puzzle: RANDOM_PUZZLE, solution: RANDOM_SOL });
    const other = new Verifier();
    const second = other.run({ kind: "pair", puzzle: RANDOM_PUZZLE, solution: RANDOM_SOL });
    other.dispose();
    expect(second.answer).toBe(first.answer);
    expect(second.status).toBe(first.status);
    const [, now, dated] = JSON.parse(first.answer as string);
    expect(now).toBe(dated);
  });

  it("gives sat a random stream that sol cannot replay by calling Math.random itself", () => {
    const replay = verifier.run({ kind: "pair", puzzle: RANDOM_PUZZLE, solution: RANDOM_SOL });
    expect(replay.status).toBe("wrong_answer");
    // sat's stream follows from the answer: the same answer always draws the same numbers.
    const drawn = `export function sat(x: number[]): boolean { return x.length === 1 && Math.random() !== Math.random(); }`;
    const answer = verifier.run({ kind: "answer", puzzle: drawn, answer: "[1]" });
    expect(answer.status).toBe("verified");
  });

  it("checks a given answer without a solution", () => {
    expect(verifier.run({ kind: "answer", puzzle: PUZZLE, answer: "[0,1,4]" }).status).toBe("wrong_answer");
    const squares = JSON.stringify(Array.from({ length: 18 }, (_, i) => i * i));
    expect(verifier.run({ kind: "answer", puzzle: PUZZLE, answer: squares }).status).toBe("verified");
    expect(verifier.run({ kind: "answer", puzzle: PUZZLE, answer: "[0," }).status).toBe("invalid");
  });

  it("replaces its realm after a timeout, and only then", () => {
    const before = verifier.realmsCreated;
    verifier.run({ kind: "pair", puzzle: PUZZLE, solution: "export function sol() { return [1]; }" });
    expect(verifier.realmsCreated).toBe(before);
    const result = verifier.run({
      kind: "pair",
      puzzle: PUZZLE,
      solution: "export function sol() { for (;;) {} }",
    });
    expect(result.status).toBe("timeout");
    expect(verifier.run({ kind: "pair", puzzle: PUZZLE, solution: HONEST }).status).toBe("verified");
    expect(verifier.realmsCreated).toBe(before + 1);
  });

  it("counts source size in UTF-8 bytes and applies per-job limits", () => {
    const emoji = `${HONEST}\n// ${"😀".repeat(300)}`;
    expect(
      verifier.run({ kind: "pair", puzzle: PUZZLE, solution: emoji }, { maxSourceBytes: 1000 }).status,
    ).toBe("invalid");
    expect(
      verifier.run({ kind: "pair", puzzle: PUZZLE, solution: emoji }, { maxSourceBytes: 2000 }).status,
    ).toBe("verified");
    const answerTooBig = verifier.run(
      { kind: "pair", puzzle: PUZZLE, solution: HONEST },
      { maxAnswerBytes: 10 },
    );
    expect(answerTooBig.status).toBe("invalid");
    expect(answerTooBig.error).toMatch(/over the limit of 10/);
  });

  it("rejects nonsense limits with a named error", () => {
    expect(() => new Verifier({ limits: { timeoutMs: 0 } })).toThrow(InvalidLimitsError);
    expect(() => verifier.run({ kind: "pair", puzzle: PUZZLE, solution: HONEST }, { memoryMb: -1 })).toThrow(
      /memoryMb/,
    );
  });
});
