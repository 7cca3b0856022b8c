// Generation and solving prompts, in chat and plain-text form.

import { describe, expect, it } from "vitest";
import { extractCode, PUZZLE_EXTRACTION } from "./extract-code.ts";
import {
  GENERATION_SYSTEM_PROMPT,
  generationPrompt,
  SOLVING_SYSTEM_PROMPT,
  solvingPrompt,
} from "./prompts.ts";
import { SAMPLE_PUZZLES } from "./testing/sample-puzzles.ts";

const puzzles = SAMPLE_PUZZLES.map(({ sat }) => ({ sat }));

/** Functions declared inside the ```ts blocks of a message, in order. */
function fencedDeclarations(text: string): string[] {
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
  return blocks.flatMap((code) => [...code.matchAll(/export function (\w+)\(/g)].map((m) => m[1]!));
}

describe("generationPrompt", () => {
  const prompt = generationPrompt(puzzles);
  const user = prompt.messages[1]!.content;

  it("is a system prompt and one user turn", () => {
    expect(prompt.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(prompt.messages[0]!.content).toBe(GENERATION_SYSTEM_PROMPT);
  });

  it("shows the examples renamed sat1..satK, in order, and asks for sat", () => {
    expect(fencedDeclarations(user)).toEqual(["sat1", "sat2", "sat3"]);
    expect(user.indexOf("i-th element")).toBeLessThan(user.indexOf("exactly `count` times"));
    expect(user).toContain("`export function sat(answer: T, ...params with defaults): boolean`");
    expect(user).toContain("different from all of the above");
  });

  it("keeps each example's doc comment and body", () => {
    expect(user).toContain("/** Find a list of n integers whose i-th element is i squared. */");
    expect(user).toContain("return li.length === n && li.every((x, i) => x === i * i);");
  });

  it("never shows a solution", () => {
    const withSolutions = generationPrompt(SAMPLE_PUZZLES);
    for (const text of [withSolutions.text, ...withSolutions.messages.map((m) => m.content)]) {
      expect(text).not.toMatch(/function sol\b/);
      expect(text).not.toContain("Array.from({ length: n }, (_, i) => i * i)");
    }
  });

  it("has a plain-text form that a base model continues after the last example", () => {
    expect(prompt.text).toMatch(/^\/\/ Programming puzzles in TypeScript/);
    expect([...prompt.text.matchAll(/export function (\w+)\(/g)].map((m) => m[1])).toEqual([
      "sat1",
      "sat2",
      "sat3",
    ]);
    expect(prompt.text.endsWith("// Puzzle 4: a new puzzle, different from those above, named sat\n")).toBe(
      true,
    );
  });

  it("asks for a first puzzle when the pool is empty", () => {
    const empty = generationPrompt([]);
    expect(empty.messages[1]!.content).toMatch(/^Write one programming puzzle in TypeScript/);
    expect(empty.text.endsWith("// Puzzle 1: a new puzzle, different from those above, named sat\n")).toBe(
      true,
    );
  });

  it("asks for a reply that extraction can read", () => {
    expect(user).toContain("Reply with a single ```ts code block.");
    // The examples are themselves fenced TypeScript: what extraction would find in them is a renamed sat, never sat.
    expect(extractCode(user, PUZZLE_EXTRACTION)).toBeUndefined();
  });

  it("does not change the examples it is given", () => {
    const copy = structuredClone(puzzles);
    generationPrompt(puzzles);
    expect(puzzles).toEqual(copy);
  });
});

describe("solvingPrompt", () => {
  const [target, ...solved] = SAMPLE_PUZZLES;
  const prompt = solvingPrompt(solved, target!);
  const user = prompt.messages[1]!.content;

  it("is a system prompt and one user turn", () => {
    expect(prompt.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(prompt.messages[0]!.content).toBe(SOLVING_SYSTEM_PROMPT);
  });

  it("shows each example's sat followed by its sol, then the puzzle", () => {
    expect(fencedDeclarations(user)).toEqual(["sat", "sol", "sat", "sol", "sat"]);
    const ask = user.indexOf("Now solve this puzzle:");
    expect(user.slice(ask)).toContain(target!.sat);
    expect(user.indexOf(solved[0]!.sat)).toBeLessThan(user.indexOf(solved[0]!.sol));
    expect(user.indexOf(solved[1]!.sol)).toBeLessThan(ask);
  });

  it("asks for sol with sat's parameters and defaults, returning the answer type", () => {
    expect(user).toContain("`export function sol(n = 18): number[]`");
    expect(user).toContain("Do not repeat `sat`");
  });

  it("falls back to a description when the signature cannot be read", () => {
    const odd = solvingPrompt([], { sat: "export const sat = function* weird() {}" });
    expect(odd.messages[1]!.content).toContain("with the same parameters as `sat` after the answer");
  });

  it("does not show the target puzzle's reference solution", () => {
    expect(user).not.toContain(target!.sol);
    expect(prompt.text).not.toContain(target!.sol);
  });

  it("has a plain-text form ending with the puzzle, ready for its sol", () => {
    expect(prompt.text.endsWith(`// Puzzle 3\n${target!.sat}\n\n`)).toBe(true);
    expect(prompt.text).toContain(`// Puzzle 1\n${solved[0]!.sat}\n\n${solved[0]!.sol}`);
  });

  it("works without examples", () => {
    const bare = solvingPrompt([], target!);
    expect(bare.messages[1]!.content).toMatch(/^Now solve this puzzle:/);
    expect(bare.text.endsWith(`// Puzzle 1\n${target!.sat}\n\n`)).toBe(true);
  });
});
