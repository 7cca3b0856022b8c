/** The CLI's copies of the packages' words are the packages' words. */
import * as dataset from "@puzzleloop/dataset";
import * as pipeline from "@puzzleloop/pipeline";
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
    expect(STAGES).toEqual(pipeline.STAGES);
    expect(DEFAULT_CONCURRENCY).toEqual(pipeline.DEFAULT_CONCURRENCY);
    expect(EXPORT_FORMATS).toEqual(dataset.EXPORT_FORMATS);
    expect(WEIGHTINGS).toEqual(dataset.WEIGHTINGS);
    expect(SPLITS).toEqual(puzzles.SPLITS);
    expect(DEFAULT_ROUND_LIMITS).toEqual(pipeline.DEFAULT_ROUND_LIMITS);
    expect(DEFAULT_DB_WAIT_MS).toBe(pipeline.DEFAULT_DATABASE_WAIT.maxWaitMs);
  });
});
