/** The line format both ways: every format of a real export reads back, through parseLine, into the pairs the store holds. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type RoundConfig, type SqliteStore } from "@puzzleloop/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportIteration, LINE_SCHEMAS, LineFormatError, parseLine } from "./index.ts";

const CONFIG: RoundConfig = { puzzles: 3, attempts: 2, temperature: 0.8, seed: 7, fewShot: 3 };

/** Puzzles whose text could fool a reader that searches for markers: fences, prompt words, trailing blanks. */
const PUZZLES = [
  '/** A string holding a fence: ```ts and a `Now solve this puzzle:`. */\nexport function sat(s: string, n = 2): boolean {\n  return s === "```\\n".repeat(n);\n}',
  "/**\n * // Puzzle 2\n * console.assert(sat(sol()));\n */\nexport function sat(x: number, a = 7): boolean {\n  return x === a;\n}",
  "export function sat(li: number[], n = 3): boolean {\n  return li.length === n;\n}",
];
const SOLUTIONS = [
  'export function sol(n = 2): string {\n  return "```\\n".repeat(n);\n}',
  "export function sol(a = 7): number {\n  // console.assert(sat(sol()));\n  return a;\n}",
  "export function sol(n = 3): number[] {\n  return Array.from({ length: n }, () => 0);\n}",
];

let dir: string;
let store: SqliteStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-lines-"));
  store = openSqliteStore({ path: join(dir, "puzzleloop.db") });
  store.createIteration({ model: "builtin" });
  const round = store.createRound({ iterationId: 0, model: "builtin", config: CONFIG }).id;
  const stored = store.insertPuzzles(
    PUZZLES.map((source, i) => ({
      hash: `p${i}`,
      source,
      origin: "generated" as const,
      roundId: round,
      model: "builtin",
      answerType: "string",
    })),
  );
  store.insertAttempts(
    stored.map((p, i) => ({
      puzzleId: p.id,
      roundId: round,
      solution: SOLUTIONS[i]!,
      solutionHash: `s${i}`,
      status: "verified" as const,
      answer: "1",
      model: "builtin",
      copies: i + 1,
    })),
  );
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(EXPORT_FORMATS)("the %s format", (format) => {
  let texts: string[];

  beforeAll(async () => {
    const result = await exportIteration(store, { iteration: 0, out: join(dir, format), format });
    texts = readFileSync(join(result.dir, "train.jsonl"), "utf8").trim().split("\n");
  });

  it("reads every line back into the pair the store holds, in its format or any", () => {
    expect(texts).toHaveLength(PUZZLES.length);
    const pairs = texts.map((text) => parseLine(text, format));
    for (const parsed of pairs) {
      const i = PUZZLES.indexOf(parsed.puzzle);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(parsed.solution).toBe(SOLUTIONS[i]);
      expect(parsed.format).toBe(format);
      expect(parsed.line).toMatchObject({ samples: i + 1, verified: i + 1, solve_rate: 1 });
    }
    expect(texts.map((text) => parseLine(text))).toEqual(pairs);
  });

  it("writes lines its schema accepts as they are", () => {
    for (const text of texts) expect(LINE_SCHEMAS[format].parse(JSON.parse(text))).toEqual(JSON.parse(text));
  });
});

describe("parseLine", () => {
  it("refuses what the export does not write, saying what it is", () => {
    const code = (text: string) => {
      try {
        parseLine(text);
        return undefined;
      } catch (error) {
        return error instanceof LineFormatError ? error.code : "other";
      }
    };
    expect(code("not json")).toBe("not-json");
    expect(code(JSON.stringify({ puzzle: PUZZLES[0], solution: SOLUTIONS[0] }))).toBe("not-a-line");
  });

  it("refuses a chat line whose prompt was edited", async () => {
    const result = await exportIteration(store, { iteration: 0, out: join(dir, "edited"), format: "chat" });
    const line = JSON.parse(readFileSync(join(result.dir, "train.jsonl"), "utf8").split("\n")[0]!);
    line.messages[1].content = line.messages[1].content.replace("Now solve this puzzle", "Solve this");
    expect(() => parseLine(JSON.stringify(line), "chat")).toThrow(
      expect.objectContaining({ code: "not-written-here" }),
    );
  });
});
