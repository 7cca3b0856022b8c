// Outcome counts: smoothed weights that follow verified kinds, and a checked JSON form.
import { describe, expect, it } from "vitest";
import { DEFAULT_TRANSFORM_WEIGHTS } from "./builtin-options.ts";
import { InvalidStatsError, TransformStats } from "./transform-stats.ts";

describe("TransformStats", () => {
  it("weights the priors by smoothed success rates", () => {
    const stats = new TransformStats();
    expect(stats.weights(DEFAULT_TRANSFORM_WEIGHTS)).toEqual([0.225, 0.125, 0.05, 0.1]);
    for (let i = 0; i < 8; i++) stats.record("body-edit", true);
    for (let i = 0; i < 8; i++) stats.record("new-defaults", false);
    const [newDefaults, bodyEdit] = stats.weights(DEFAULT_TRANSFORM_WEIGHTS);
    expect(bodyEdit).toBeCloseTo(0.25 * 0.9);
    expect(newDefaults).toBeCloseTo(0.45 * 0.1);
  });

  it("round-trips through JSON and merges", () => {
    const stats = new TransformStats();
    stats.record("conjunction", true);
    stats.record("conjunction", false);
    const copy = TransformStats.fromJSON(JSON.parse(JSON.stringify(stats)));
    expect(copy.toJSON()).toEqual({ conjunction: { tried: 2, verified: 1 } });
    copy.merge(stats);
    expect(copy.counts("conjunction")).toEqual({ tried: 4, verified: 2 });
  });

  it.each([
    [[]],
    [{ "body-edit": { tried: 1, verified: 2 } }],
    [{ composition: { tried: -1, verified: 0 } }],
  ])("rejects %j", (json) => {
    expect(() => TransformStats.fromJSON(json)).toThrow(InvalidStatsError);
  });
});
