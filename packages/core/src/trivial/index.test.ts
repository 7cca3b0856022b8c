import { describe, expect, it } from "vitest";
import { trivialAnswers } from "./index.ts";

const NUMBERS = [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5];
const STRINGS = ["", "a", "0", "1", "abc", "hello", "true"];

describe("trivialAnswers", () => {
  it("numbers: -2..10 and 0.5", () => {
    expect(trivialAnswers("number")).toEqual(NUMBERS);
  });

  it("strings", () => {
    expect(trivialAnswers("string")).toEqual(STRINGS);
  });

  it("booleans, null and literal types", () => {
    expect(trivialAnswers("boolean")).toEqual([true, false]);
    expect(trivialAnswers("null")).toEqual([null]);
    expect(trivialAnswers(`"left" | "right" | -1 | 2 | true`)).toEqual(["left", "right", -1, 2, true]);
    expect(trivialAnswers("number | null")).toEqual([...NUMBERS, null]);
  });

  it("arrays of numbers: [], [x], [x, x], [0, 1] and [1, 2, 3]", () => {
    const answers = trivialAnswers("number[]");
    expect(answers[0]).toEqual([]);
    for (const x of NUMBERS) {
      expect(answers).toContainEqual([x]);
      expect(answers).toContainEqual([x, x]);
    }
    expect(answers).toContainEqual([0, 1]);
    expect(answers).toContainEqual([1, 2, 3]);
    expect(answers).toHaveLength(1 + 2 * NUMBERS.length + 2);
    expect(trivialAnswers("Array<number>")).toEqual(answers);
    expect(trivialAnswers("readonly number[]")).toEqual(answers);
    expect(trivialAnswers("ReadonlyArray<number>")).toEqual(answers);
  });

  it("arrays of strings and nested arrays", () => {
    const strings = trivialAnswers("string[]");
    expect(strings).toHaveLength(1 + 2 * STRINGS.length);
    expect(strings).toContainEqual(["hello", "hello"]);
    expect(strings).not.toContainEqual([0, 1]);
    const nested = trivialAnswers("number[][]");
    expect(nested).toContainEqual([]);
    expect(nested).toContainEqual([[]]);
    expect(nested).toContainEqual([[7]]);
    expect(nested).toContainEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });

  it("tuples: every position set to its trivial values", () => {
    const pairs = trivialAnswers("[number, string]");
    expect(pairs).toHaveLength(NUMBERS.length * STRINGS.length);
    expect(pairs).toContainEqual([10, "hello"]);
    expect(pairs.every((p) => Array.isArray(p) && p.length === 2)).toBe(true);
    expect(trivialAnswers("[x: boolean, y?: boolean]")).toEqual([
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(trivialAnswers("[boolean, ...number[]]")).toEqual([[true], [false]]);
    expect(trivialAnswers("[]")).toEqual([[]]);
  });

  it("large tuples fall back to the diagonal, still trying every value", () => {
    const triples = trivialAnswers("[number, number, number]");
    expect(triples).toHaveLength(NUMBERS.length);
    for (const x of NUMBERS) expect(triples).toContainEqual([x, x, x]);
  });

  it("object literal types: {} and each field set to trivial values", () => {
    const objects = trivialAnswers("{ a: number; b?: boolean }");
    expect(objects[0]).toEqual({});
    expect(objects).toContainEqual({ a: 0.5, b: false });
    expect(objects).toContainEqual({ a: -2, b: true });
    expect(objects).toHaveLength(1 + NUMBERS.length * 2);
    expect(trivialAnswers(`{ "x y": null; 3: "z" }`)).toEqual([{}, { "x y": null, "3": "z" }]);
  });

  it("records and index signatures", () => {
    expect(trivialAnswers("Record<string, boolean>")).toEqual([
      {},
      { "": true },
      { a: true },
      { "": false },
      { a: false },
    ]);
    expect(trivialAnswers("{ [k: string]: null }")).toEqual([{}, { a: null }, { "0": null }]);
  });

  it("unknown or unreadable types give a generic mix of JSON values", () => {
    for (const type of [
      "unknown",
      "any",
      "Foo",
      "object",
      "Map<string, number>",
      "number &",
      "{ a: number } & { b: string }",
    ]) {
      const answers = trivialAnswers(type);
      expect(answers).toContainEqual(null);
      expect(answers).toContainEqual(0);
      expect(answers).toContainEqual("");
      expect(answers).toContainEqual([]);
      expect(answers).toContainEqual({});
    }
  });

  it("types no JSON answer can have give none", () => {
    expect(trivialAnswers("undefined")).toEqual([]);
    expect(trivialAnswers("never")).toEqual([]);
    expect(trivialAnswers("[number, never]")).toEqual([]);
  });

  it("respects the cap and never repeats an answer", () => {
    expect(trivialAnswers("number[][][]", { max: 25 })).toHaveLength(25);
    const answers = trivialAnswers("(number | 0 | 1)[]");
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(answers.length);
  });
});
