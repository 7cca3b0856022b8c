/** A finished round's rates are its totals over its own duration, not over the last refresh. */
import type { RoundSnapshot } from "@puzzleloop/pipeline";
import { describe, expect, it } from "vitest";
import { finalRates } from "./watch-loop.ts";

function snapshot(startedAt: number, finishedAt: number): RoundSnapshot {
  return {
    id: "r-0-1",
    kind: "generate",
    model: "builtin",
    iteration: 0,
    status: "done",
    startedAt,
    finishedAt,
    at: finishedAt + 60_000,
    stages: [
      { stage: "generate", done: 10, total: 10, open: false },
      { stage: "solve", done: 40, total: 40, open: false },
    ],
    rejected: {},
    attempts: {},
    puzzlesAccepted: 40,
    puzzlesSolved: 30,
    calls: { calls: 0, promptTokens: 0, completionTokens: 0, latencyMs: 0 },
    failed: {},
    failures: [],
    puzzlesLost: 0,
    truncated: 0,
    waitingOnModel: { calls: 0 },
    limits: {
      jobAttempts: 3,
      requestTimeoutMs: 60_000,
      httpAttempts: 3,
      maxCompletionChars: 65_536,
      redisTtlS: 86_400,
    },
  };
}

describe("finalRates", () => {
  it("divides each stage's total by the round's duration", () => {
    // 40 puzzles in an 11 s round: 3.6/s, whenever the last snapshot was taken.
    expect(finalRates(snapshot(1_000, 12_000))).toEqual({ generate: 10 / 11, solve: 40 / 11 });
  });

  it("gives no rate for a round without a duration", () => {
    expect(finalRates(snapshot(5_000, 5_000))).toEqual({});
  });
});
