import { describe, expect, it } from "vitest";
import { RateTracker, type StageCount } from "./rates.ts";

const solve = (done: number, total: number, open = false): StageCount[] => [
  { stage: "solve", done, total, open },
];

describe("RateTracker", () => {
  it("has no rate from a single reading", () => {
    const rates = new RateTracker().running("r", 1000, solve(3, 10));
    expect(rates.get("solve")).toEqual({ ratePerS: null, etaS: null });
  });

  it("measures over the window, not between the last two readings", () => {
    const t = new RateTracker({ windowMs: 10_000 });
    t.running("r", 0, solve(0, 100));
    t.running("r", 1000, solve(10, 100));
    // A second in which nothing moved does not drop the rate to zero.
    const rates = t.running("r", 2000, solve(10, 100)).get("solve")!;
    expect(rates.ratePerS).toBeCloseTo(5);
    expect(rates.etaS).toBe(18);
  });

  it("drops readings older than the window", () => {
    const t = new RateTracker({ windowMs: 2000 });
    t.running("r", 0, solve(0, 100));
    t.running("r", 1000, solve(50, 100));
    t.running("r", 2000, solve(52, 100));
    const rates = t.running("r", 3000, solve(54, 100)).get("solve")!;
    // The reading at 0 s has left the window: 4 puzzles over the last 2 s.
    expect(rates.ratePerS).toBeCloseTo(2);
  });

  it("gives no ETA while the total can still grow", () => {
    const t = new RateTracker();
    t.running("r", 0, solve(0, 10, true));
    expect(t.running("r", 1000, solve(5, 10, true)).get("solve")).toEqual({ ratePerS: 5, etaS: null });
  });

  it("gives a finished round its mean rate over its run", () => {
    const rates = new RateTracker().finished("r", 0, 4000, solve(20, 20));
    expect(rates.get("solve")).toEqual({ ratePerS: 5, etaS: null });
  });
});
