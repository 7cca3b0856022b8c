// Code extraction from completions: fences, prose, several blocks, helpers, truncation, no fence.

import { describe, expect, it } from "vitest";
import { extractCode, PUZZLE_EXTRACTION, SOLUTION_EXTRACTION } from "./extract-code.ts";

const SAT = [
  "/** Find a list of n squares. */",
  "export function sat(li: number[], n = 4): boolean {",
  "  return li.length === n && li.every((x, i) => x === i * i);",
  "}",
].join("\n");

const SOL = [
  "export function sol(n = 4): number[] {",
  "  return Array.from({ length: n }, (_, i) => i * i);",
  "}",
].join("\n");

const fence = (code: string, language = "ts") => `\`\`\`${language}\n${code}\n\`\`\``;
const puzzle = (text: string) => extractCode(text, PUZZLE_EXTRACTION);
const solution = (text: string) => extractCode(text, SOLUTION_EXTRACTION);

describe("extractCode: fences", () => {
  it.each(["ts", "typescript", "TypeScript", "", "js", "tsx"])("reads a ```%s block", (language) => {
    expect(puzzle(fence(SAT, language))).toBe(SAT);
  });

  it("ignores prose before and after the block", () => {
    const text = `Sure! Here's a new puzzle, it's a classic:\n\n${fence(SAT)}\n\nIt checks that the list doesn't skip any square.`;
    expect(puzzle(text)).toBe(SAT);
  });

  it("reads a fence with an info string after the language", () => {
    expect(puzzle(`\`\`\`ts title="puzzle.ts"\n${SAT}\n\`\`\``)).toBe(SAT);
  });

  it("reads a fence opened at the end of a prose line", () => {
    expect(puzzle(`The puzzle: \`\`\`ts\n${SAT}\n\`\`\``)).toBe(SAT);
  });

  it("reads a fence closed on the last code line", () => {
    const text = `\`\`\`ts\n${SAT}\`\`\`\nDone.`;
    expect(puzzle(text)).toBe(SAT);
  });

  it("reads a block indented inside a list item", () => {
    const indented = SAT.split("\n")
      .map((line) => `   ${line}`)
      .join("\n");
    expect(puzzle(`1. The puzzle:\n   \`\`\`ts\n${indented}\n   \`\`\`\n2. Done.`)).toBe(SAT);
  });

  it("reads tilde fences", () => {
    expect(puzzle(`~~~ts\n${SAT}\n~~~`)).toBe(SAT);
  });

  it("skips blocks in another language", () => {
    const text = `${fence("def sat(x): return True", "python")}\n\n${fence(SAT)}`;
    expect(puzzle(text)).toBe(SAT);
  });

  it("still finds TypeScript in a block labelled with another language, as unfenced text", () => {
    expect(puzzle(fence("function sat(x) { return true; }", "python"))).toBe(
      "function sat(x) { return true; }",
    );
  });

  it("does not take inline triple backticks for a fence", () => {
    expect(puzzle(`Use \`\`\`sat\`\`\` as the name.\n\n${fence(SAT)}`)).toBe(SAT);
  });
});

describe("extractCode: choosing among blocks", () => {
  it("chooses the block that declares sol, not the one restating sat", () => {
    const text = `The puzzle was:\n${fence(SAT)}\nMy solution:\n${fence(SOL)}`;
    expect(solution(text)).toBe(SOL);
  });

  it("chooses the block that declares sat, not a usage example", () => {
    const text = `${fence(SAT)}\n\nUsage:\n${fence("console.log(sat([0, 1, 4, 9]));")}`;
    expect(puzzle(text)).toBe(SAT);
  });

  it("takes the last complete declaration when the model revises itself", () => {
    const first = "export function sol(n = 4): number[] {\n  return [];\n}";
    const text = `First try:\n${fence(first)}\nWait, that is wrong. Fixed:\n${fence(SOL)}`;
    expect(solution(text)).toBe(SOL);
  });

  it("joins a helper declared in another block", () => {
    const helper = "function square(i: number): number {\n  return i * i;\n}";
    const sol =
      "export function sol(n = 4): number[] {\n  return Array.from({ length: n }, (_, i) => square(i));\n}";
    const text = `A helper:\n${fence(helper)}\nThe solution:\n${fence(sol)}`;
    expect(solution(text)).toBe(`${helper}\n\n${sol}`);
  });

  it("joins helpers transitively, types included, and leaves unused ones out", () => {
    const code = [
      "type Grid = number[][];",
      "",
      "const SIZE = 3;",
      "",
      "function unused(): number {",
      "  return 1;",
      "}",
      "",
      "function empty(): Grid {",
      "  return Array.from({ length: SIZE }, () => Array(SIZE).fill(0));",
      "}",
      "",
      "export function sol(): Grid {",
      "  return empty();",
      "}",
    ].join("\n");
    expect(solution(fence(code))).toBe(
      [
        "type Grid = number[][];",
        "const SIZE = 3;",
        "function empty(): Grid {\n  return Array.from({ length: SIZE }, () => Array(SIZE).fill(0));\n}",
        "export function sol(): Grid {\n  return empty();\n}",
      ].join("\n\n"),
    );
  });

  it("prefers a helper from the wanted function's own block", () => {
    const other = "function pick(): number {\n  return 1;\n}";
    const own = "function pick(): number {\n  return 2;\n}";
    const sol = "export function sol(): number {\n  return pick();\n}";
    const text = `${fence(other)}\n${fence(`${own}\n\n${sol}`)}`;
    expect(solution(text)).toBe(`${own}\n\n${sol}`);
  });

  it("drops sat from a solution, even when sol calls it", () => {
    const sol =
      "export function sol(n = 4): number[] {\n  const li = [0, 1, 4, 9];\n  return sat(li, n) ? li : [];\n}";
    expect(solution(fence(`${SAT}\n\n${sol}`))).toBe(sol);
  });

  it("drops sol from a puzzle", () => {
    expect(puzzle(fence(`${SAT}\n\n${SOL}`))).toBe(SAT);
  });

  it("drops top-level test statements and assertions", () => {
    const code = `${SOL}\n\nconsole.log(sol());\nconst ok = sat(sol());\nif (!ok) throw new Error("no");`;
    expect(solution(fence(code))).toBe(SOL);
  });

  it("accepts an arrow function declared with const", () => {
    const arrow = "export const sol = (n = 4): number[] =>\n  Array.from({ length: n }, (_, i) => i * i);";
    expect(solution(fence(arrow))).toBe(arrow);
  });

  it("keeps a brace on its own line with its function", () => {
    const allman = "export function sol(n = 4): number[]\n{\n  return [n];\n}";
    expect(solution(fence(allman))).toBe(allman);
  });

  it("keeps a doc comment that sits directly above the function, but not a detached one", () => {
    const text = fence(
      `// Puzzle 7\n\n/**\n * Find a list of n squares.\n */\nexport function sat(li: number[], n = 4): boolean {\n  return li.length === n;\n}`,
    );
    expect(puzzle(text)).toBe(
      "/**\n * Find a list of n squares.\n */\nexport function sat(li: number[], n = 4): boolean {\n  return li.length === n;\n}",
    );
  });

  it("is not confused by braces, quotes and backticks in strings, templates, regexes and comments", () => {
    const tricky = [
      "export function sat(s: string): boolean {",
      '  const open = "{ it\'s [";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is TypeScript source under test
      '  const t = `}${s.length > 1 ? `{` : "}"}`;',
      "  // a stray } in a comment",
      "  /* and ``` in a block comment { */",
      "  return /[}{]+/.test(s) && s.length / 2 > 1 && open !== t;",
      "}",
    ].join("\n");
    expect(puzzle(`${fence(tricky)}\nThat's it.`)).toBe(tricky);
  });
});

describe("extractCode: truncated output", () => {
  it("returns undefined when the wanted function is cut off", () => {
    const text =
      "```ts\nexport function sol(n = 4): number[] {\n  const out = [];\n  for (let i = 0; i < n; i++) {\n    out.push(i";
    expect(solution(text)).toBeUndefined();
  });

  it("returns undefined when the function stops before its body", () => {
    expect(solution("```ts\nexport function sol(n = 4): number[]")).toBeUndefined();
  });

  it("returns undefined when the cut falls inside a string or a comment", () => {
    expect(solution('```ts\nexport function sol(): string {\n  return "abc')).toBeUndefined();
    expect(solution("```ts\nexport function sol(): string {\n  return 'x';\n}\n/* not")).toBe(
      "export function sol(): string {\n  return 'x';\n}",
    );
  });

  it("keeps a complete function in an unterminated fence", () => {
    expect(solution(`Here:\n\`\`\`ts\n${SOL}\n`)).toBe(SOL);
  });

  it("drops an incomplete trailing function and keeps the complete one before it", () => {
    const text = `\`\`\`ts\n${SOL}\n\nfunction check(): boolean {\n  return sat(sol(`;
    expect(solution(text)).toBe(SOL);
  });

  it("drops an incomplete helper the solution does not need", () => {
    const text = `\`\`\`ts\n${SOL}\n\nexport function sol2(n = 4): number[] {\n  return [`;
    expect(solution(text)).toBe(SOL);
  });

  it("returns undefined for a dangling arrow function", () => {
    expect(solution("```ts\nexport const sol = (n = 4): number[] =>")).toBeUndefined();
  });

  it("falls back to an earlier complete declaration when the last one is cut off", () => {
    const revised = "export function sol(n = 4): number[] {\n  return Array.from({ length: n }, (_, i) =>";
    expect(solution(`${fence(SOL)}\nBetter:\n\`\`\`ts\n${revised}`)).toBe(SOL);
  });
});

describe("extractCode: no fence", () => {
  it("reads code that starts with export function", () => {
    expect(solution(SOL)).toBe(SOL);
  });

  it("reads code that starts with function, after prose", () => {
    const plain = "function sol(n = 4): number[] {\n  return [n];\n}";
    expect(solution(`The answer is below.\n\n${plain}`)).toBe(plain);
  });

  it("stops at prose after the code, apostrophes and all", () => {
    const text = `${SOL}\n\nThis works because it's the definition; it doesn't loop forever.\nexport is a keyword.`;
    expect(solution(text)).toBe(SOL);
  });

  it("keeps a doc comment directly above unfenced code", () => {
    expect(puzzle(`Here is one.\n${SAT}\nIt's easy.`)).toBe(SAT);
  });

  it("reads a base model's continuation and drops the next puzzle it started", () => {
    const continuation = `${SAT}\n\n// Puzzle 5\n/** Find a prime. */\nexport function sat5(p: number): boolean {\n  for (let d = 2; d * d <= p; d++) {\n    if (p % d`;
    expect(puzzle(continuation)).toBe(SAT);
  });

  it("does not take prose that starts with a keyword for code", () => {
    expect(solution("function sol takes no arguments and returns the list.")).toBeUndefined();
    expect(solution("const sol is what I would write, but I can't.")).toBeUndefined();
  });

  it("finds code after a stray closing fence", () => {
    expect(solution(`${SOL}\n\`\`\`\n\nThat's all.`)).toBe(SOL);
  });

  it("finds code outside fences when the fenced blocks do not declare it", () => {
    const text = `${fence("sat(sol());")}\n\n${SOL}`;
    expect(solution(text)).toBe(SOL);
  });
});

describe("extractCode: nothing to extract", () => {
  it.each([
    ["empty text", ""],
    ["prose only", "I am not sure how to solve this puzzle."],
    ["a block without the wanted function", fence("function helper() {\n  return 1;\n}")],
    ["only the other function", fence(SAT)],
    ["python", "```python\ndef sol():\n    return [0, 1, 4, 9]\n```"],
  ])("returns undefined for %s", (_, text) => {
    expect(solution(text)).toBeUndefined();
  });

  it("ignores drafts inside a reasoning block", () => {
    const draft = "export function sol(): number[] {\n  return [1];\n}";
    expect(solution(`<think>\nMaybe:\n${fence(draft)}\nNo.\n</think>\nI cannot solve it.`)).toBeUndefined();
    expect(solution(`<think>\n${fence(draft)}\n</think>\n${fence(SOL)}`)).toBe(SOL);
  });
});
