/** The CLI's copies of the packages' words are the packages' words. */
import * as loop from "@puzzleloop/loop";
import * as puzzles from "@puzzleloop/puzzles";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_DB_WAIT_MS,
  DEFAULT_ROUND_LIMITS,
  EXPORT_FORMATS,
  SPLITS,
  STAGES,
  WEIGHTINGS,
} from "./vocabulary.ts";

describe("vocabulary", () => {
  it("matches the packages", () => {
    expect(STAGES).toEqual(loop.STAGES);
    expect(DEFAULT_CONCURRENCY).toEqual(loop.DEFAULT_CONCURRENCY);
    expect(EXPORT_FORMATS).toEqual(loop.EXPORT_FORMATS);
    expect(WEIGHTINGS).toEqual(loop.WEIGHTINGS);
    expect(SPLITS).toEqual(puzzles.SPLITS);
    expect(DEFAULT_ROUND_LIMITS).toEqual(loop.DEFAULT_ROUND_LIMITS);
    expect(DEFAULT_DB_WAIT_MS).toBe(loop.DEFAULT_DATABASE_WAIT.maxWaitMs);
  });
});
