/** `puzzleloop verify`: JSON lines split at LF only, ids echoed, limits checked before any work. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const BIN = new URL("../bin/puzzleloop.js", import.meta.url).pathname;

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 120_000 });
}

const PUZZLE = "export function sat(x: number): boolean { return x === 1; }";
const RIGHT = "export function sol(): number { return 1; }";
const WRONG = "export function sol(): number { return 2; }";

describe("puzzleloop verify --jsonl", () => {
  it("keeps a bare CR inside a line in that line, so each result stays with its pair", () => {
    // JSON counts CR as whitespace: a reader that splits at CR shifts the verdicts by one line.
    const lines = [
      `{"puzzle": ${JSON.stringify(PUZZLE)},\r"solution": ${JSON.stringify(WRONG)}}`,
      `{"puzzle": ${JSON.stringify(PUZZLE)}, "solution": ${JSON.stringify(RIGHT)}}\r`,
      `{"puzzle": ${JSON.stringify(PUZZLE)}, "solution": ${JSON.stringify(WRONG)}}`,
    ];
    const result = cli(["verify", "--jsonl", "-"], `${lines.join("\n")}\n`);
    const out = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(out.map((r) => r.status)).toEqual(["wrong_answer", "verified", "wrong_answer"]);
    expect(result.status).toBe(1);
  });

  it("echoes the id a line carries", () => {
    const lines = [
      JSON.stringify({ id: "a-1", puzzle: PUZZLE, solution: RIGHT }),
      JSON.stringify({ id: 7, puzzle: PUZZLE, solution: WRONG }),
      JSON.stringify({ id: "no-pair" }),
      JSON.stringify({ puzzle: PUZZLE, solution: RIGHT }),
    ];
    const result = cli(["verify", "--jsonl", "-"], `${lines.join("\n")}\n`);
    const out = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(out.map((r) => [r.id, r.status])).toEqual([
      ["a-1", "verified"],
      [7, "wrong_answer"],
      ["no-pair", "invalid"],
      [undefined, "verified"],
    ]);
  });
});

describe("puzzleloop verify limits", () => {
  for (const [flag, value, message] of [
    ["--memory-mb", "9000", "--memory-mb must be from 8 to 8192, got 9000"],
    ["--memory-mb", "4", "--memory-mb must be from 8 to 8192, got 4"],
    ["--timeout-ms", "600001", "--timeout-ms must be from 1 to 600000, got 600001"],
    ["--timeout-ms", "0", '--timeout-ms must be a positive integer, got "0"'],
  ] as const) {
    it(`${flag} ${value} is a one-line usage error, exit 2, with nothing verified`, () => {
      const result = cli(
        ["verify", "--jsonl", "-", flag, value],
        `${JSON.stringify({ puzzle: PUZZLE, solution: RIGHT })}\n`,
      );
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`puzzleloop: ${message}\n`);
    });
  }
});
