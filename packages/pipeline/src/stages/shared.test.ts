import { describe, expect, it } from "vitest";
import { capCompletions } from "./shared.ts";

const usage = { latencyMs: 1, promptTokens: 2, completionTokens: 3 };

describe("capCompletions", () => {
  it("keeps completions within the limit as they are", () => {
    const response = { completions: [{ text: "abc", code: "x" }, { text: "no code" }], usage };
    expect(capCompletions(response, 7)).toEqual(response);
  });

  it("cuts a long text, keeps code that fits, drops code that does not, and marks each cut completion", () => {
    const response = {
      completions: [
        { text: `${"a".repeat(10)}`, code: "short" },
        { text: "b".repeat(10), code: "c".repeat(8) },
        { text: "tiny", code: "d".repeat(9) },
      ],
      usage,
    };
    expect(capCompletions(response, 6)).toEqual({
      usage,
      completions: [
        { text: "aaaaaa", code: "short", truncated: true },
        { text: "bbbbbb", truncated: true },
        { text: "tiny", truncated: true },
      ],
    });
  });
});
