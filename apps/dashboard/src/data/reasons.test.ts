import { describe, expect, it } from "vitest";
import { puzzleSummary, rejections } from "./reasons.ts";

describe("rejections", () => {
  it("orders by count and says what each code means", () => {
    expect(rejections({ duplicate: 2, trivial: 5, parse: 0 })).toEqual([
      { reason: "trivial", count: 5, detail: "sat accepts a trivial answer (empty, zero, ...)" },
      {
        reason: "duplicate",
        count: 2,
        detail: "the same puzzle (in normal form) was seen before, in this round or an earlier one",
      },
    ]);
  });

  it("keeps a code it does not know, without a meaning", () => {
    expect(rejections({ weak_checker: 1 })).toEqual([{ reason: "weak_checker", count: 1 }]);
  });
});

describe("puzzleSummary", () => {
  it("is the doc comment's first line", () => {
    const source =
      "/**\n * Find a list.\n * More words.\n */\nexport function sat(li: number[]) { return true; }";
    expect(puzzleSummary(source)).toBe("Find a list.");
  });

  it("is the first line of code without a doc comment", () => {
    expect(puzzleSummary("\nexport function sat(x: number) {\n return x > 2; }")).toBe(
      "export function sat(x: number) {",
    );
  });

  it("is cut at 160 characters", () => {
    expect(puzzleSummary(`/** ${"a".repeat(400)} */`)).toHaveLength(160);
  });
});
