import type { VerifiedPair } from "@puzzleloop/store";
import { describe, expect, it } from "vitest";
import { ExportError } from "./errors.ts";
import { puzzleCandidates, type SeedReference } from "./puzzle-candidates.ts";

function pair(
  puzzleId: number,
  solution: string,
  origin: VerifiedPair["origin"] = "generated",
): VerifiedPair {
  return {
    puzzleId,
    puzzleHash: `p${puzzleId}`,
    puzzle: `sat ${puzzleId}`,
    origin,
    seedId: null,
    domain: null,
    answerType: "number",
    attemptId: puzzleId * 100 + solution.length,
    roundId: "r-0-1",
    solution,
    solutionHash: `h:${solution}`,
    answer: "1",
    model: "m",
    samples: 4,
    verified: 2,
  };
}

function seed(puzzleId: number): SeedReference {
  return {
    puzzleId,
    puzzleHash: `p${puzzleId}`,
    puzzle: `sat ${puzzleId}`,
    seedId: `d/${puzzleId}`,
    domain: "d",
    solution: `ref ${puzzleId}`,
    samples: 0,
    verified: 0,
  };
}

describe("puzzleCandidates", () => {
  it("groups consecutive pairs per puzzle", () => {
    const groups = [...puzzleCandidates([pair(1, "a"), pair(1, "bb"), pair(3, "c")])];
    expect(groups.map((g) => [g.puzzleId, g.solutions.map((s) => s.solution)])).toEqual([
      [1, ["a", "bb"]],
      [3, ["c"]],
    ]);
    expect(groups[0]).toMatchObject({ samples: 4, verified: 2, origin: "generated" });
  });

  it("merges seeds in puzzle order: before, between, on and after the pairs' puzzles", () => {
    const groups = [
      ...puzzleCandidates(
        [pair(2, "a", "seed"), pair(2, "b", "seed"), pair(5, "c")],
        [seed(1), seed(2), seed(3), seed(9)],
      ),
    ];
    expect(groups.map((g) => [g.puzzleId, g.solutions.map((s) => s.solution)])).toEqual([
      [1, ["ref 1"]],
      [2, ["a", "b", "ref 2"]],
      [3, ["ref 3"]],
      [5, ["c"]],
      [9, ["ref 9"]],
    ]);
    expect(groups[1]!.solutions[2]).toEqual({
      solution: "ref 2",
      attemptId: null,
      roundId: null,
      model: null,
    });
    expect(groups[0]).toMatchObject({ origin: "seed", seedId: "d/1", samples: 0 });
    expect([...puzzleCandidates([], [seed(4)])].map((g) => g.puzzleId)).toEqual([4]);
  });

  it("refuses pairs out of puzzle order, which would split a puzzle's solutions", () => {
    expect(() => [...puzzleCandidates([pair(2, "a"), pair(1, "b")])]).toThrow(ExportError);
  });
});
