import { describe, expect, it } from "vitest";
import { loadSeedFiles } from "../library/index.ts";
import { duplicateGroups } from "./index.ts";

const A = "export function sat(x: number, n = 3): boolean { return x * n === 12; }";
const A_RESTYLED =
  "/** Same task. */\nexport function sat(y: number, m = 3): boolean {\n  return y * m === 12 // comment\n}";
const B = "export function sat(x: number, n = 3): boolean { return x * n === 15; }";

describe("duplicateGroups", () => {
  it("groups puzzles equal up to names, comments and layout, and only those", () => {
    expect(
      duplicateGroups([
        { id: "a", source: A },
        { id: "b", source: B },
        { id: "c", source: A_RESTYLED },
      ]),
    ).toEqual([["a", "c"]]);
  });

  it("finds no duplicates in the seed library", async () => {
    const { files } = await loadSeedFiles();
    expect(files.length).toBeGreaterThanOrEqual(250);
    expect(duplicateGroups(files.map((f) => ({ id: f.id, source: f.source })))).toEqual([]);
  });
});
