/** Chunking: slices cover every item in order, and statements stay under the parameter limit. */
import { describe, expect, it } from "vitest";
import { chunk, MAX_ROWS_PER_STATEMENT, rowsPerStatement, SQLITE_MAX_PARAMS } from "./chunk.ts";

describe("chunk", () => {
  it("slices in order, the last one shorter", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(chunk([1, 2], 5)).toEqual([[1, 2]]);
  });
});

describe("rowsPerStatement", () => {
  it("keeps rows times columns within the parameter limit", () => {
    expect(rowsPerStatement(12, 999, 10_000)).toBe(83);
    expect(rowsPerStatement(100_000, SQLITE_MAX_PARAMS)).toBe(1);
    for (const columns of [1, 7, 12, 40])
      expect(rowsPerStatement(columns) * columns).toBeLessThanOrEqual(SQLITE_MAX_PARAMS);
  });

  it("caps the rows of one statement", () => {
    expect(rowsPerStatement(1)).toBe(MAX_ROWS_PER_STATEMENT);
  });
});
