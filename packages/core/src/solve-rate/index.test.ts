import { describe, expect, it } from "vitest";
import { countSamples, solveRate } from "./index.ts";

describe("solveRate", () => {
  it("counts every sample, identical completions each once", () => {
    // Seven identical correct completions (one attempt) and one wrong one.
    const counts = countSamples([
      { copies: 7, verified: true },
      { copies: 1, verified: false },
    ]);
    expect(counts).toEqual({ samples: 8, verified: 7 });
    expect(solveRate(counts.samples, counts.verified)).toBe(0.875);
  });

  it("is null for a puzzle with no samples", () => {
    expect(solveRate(0, 0)).toBeNull();
  });
});
