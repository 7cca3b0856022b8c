// The built-in model end to end with the real sandbox: conformance, valid and new puzzles, retrieval, search, determinism.
import { normalizeSat, parsePuzzle } from "@puzzleloop/core";
import { solSignature } from "@puzzleloop/model";
import { describeModelConformance } from "@puzzleloop/model/testing";
import { closeSharedPool, verifyPair } from "@puzzleloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuiltinModel } from "./builtin-model.ts";
import { type SeedExample, seedTrainExamples } from "./testing/seed-train.ts";
import { derivationOf, TRANSFORM_KINDS, type TransformKind } from "./transform-kind.ts";

const FAST = { searchBudgetMs: 300 };

// One sandbox pool serves the whole file; it is stopped once, at the end.
afterAll(() => closeSharedPool());

describeModelConformance("BuiltinModel", () => new BuiltinModel(FAST));

const only = (kind: TransformKind) =>
  Object.fromEntries(TRANSFORM_KINDS.map((k) => [k, k === kind ? 1 : 0])) as Record<TransformKind, number>;

const hashOf = (source: string) => {
  const normal = normalizeSat(source);
  if (!normal.ok) throw new Error(normal.message);
  return normal.value.hash;
};

describe("BuiltinModel", () => {
  let seeds: SeedExample[];
  let squares: SeedExample;

  beforeAll(async () => {
    seeds = await seedTrainExamples();
    squares = seeds.find((s) => s.id === "arrays/squares-list")!;
  });

  it("is named builtin", () => {
    expect(new BuiltinModel().name).toBe("builtin");
  });

  it("generates valid puzzles whose normal form differs from every example and from each other", async () => {
    const examples = seeds.filter((_, i) => i % 15 === 0).map((s) => ({ sat: s.sat }));
    const response = await new BuiltinModel().generate({ examples, n: 16, temperature: 0.8, seed: 3 });
    expect(response.completions).toHaveLength(16);
    const exampleHashes = new Set(examples.map((e) => hashOf(e.sat)));
    const hashes = new Set<string>();
    for (const { text, code } of response.completions) {
      expect(text).toMatch(/^.+\n\n```ts\n/);
      const parsed = parsePuzzle(code!);
      expect(parsed.ok, code).toBe(true);
      expect(solSignature(code!)).toMatch(/^export function sol\(/);
      expect(derivationOf(code!)).toBeDefined();
      const hash = hashOf(code!);
      expect(exampleHashes.has(hash)).toBe(false);
      hashes.add(hash);
    }
    expect(hashes.size).toBe(16);
    expect(response.usage.completionTokens).toBeGreaterThan(0);
  });

  it.each(TRANSFORM_KINDS)("derives %s puzzles when only that transformation is on", async (kind) => {
    const examples = seeds.filter((_, i) => i % 6 === 0).map((s) => ({ sat: s.sat }));
    const response = await new BuiltinModel({ transforms: only(kind) }).generate({
      examples,
      n: 3,
      temperature: 1,
      seed: 5,
    });
    for (const { code } of response.completions) {
      expect(parsePuzzle(code!).ok).toBe(true);
      expect(derivationOf(code!)).toBe(kind);
    }
  });

  it("solves a new-defaults puzzle derived from a seed by retrieving the seed's solution", async () => {
    const model = new BuiltinModel({ library: [squares], transforms: only("new-defaults"), ...FAST });
    const generated = await model.generate({
      examples: [{ sat: squares.sat }],
      n: 3,
      temperature: 0.8,
      seed: 1,
    });
    for (const { code: puzzle } of generated.completions) {
      expect(puzzle).not.toContain("n = 18)");
      const solved = await model.solve({
        examples: [],
        puzzle: { sat: puzzle! },
        n: 2,
        temperature: 0.8,
        seed: 1,
      });
      const [best] = solved.completions;
      expect(best!.text).toMatch(/^Retrieved: the solution of "Find a list of n integers/);
      expect(best!.code).toContain("Array.from");
      expect((await verifyPair(puzzle!, best!.code!)).status).toBe("verified");
    }
  });

  it("solves composed puzzles by inverting the transform around the retrieved inner solution", async () => {
    const library = seeds.filter((_, i) => i % 4 === 0);
    const model = new BuiltinModel({ library, transforms: only("composition"), ...FAST });
    const examples = library.map((s) => ({ sat: s.sat }));
    const generated = await model.generate({ examples, n: 6, temperature: 0.5, seed: 2 });
    let verified = 0;
    for (const { code: puzzle } of generated.completions) {
      const solved = await model.solve({
        examples: [],
        puzzle: { sat: puzzle! },
        n: 1,
        temperature: 0,
        seed: 2,
      });
      if ((await verifyPair(puzzle!, solved.completions[0]!.code!)).verified) verified++;
    }
    // Compositions invert exactly; what fails is a seed whose solution does not verify under tighter limits.
    expect(verified).toBeGreaterThanOrEqual(5);
  });

  it("solves a conjunction with the part whose answer satisfies both", async () => {
    const library = [
      {
        sat: '/** Find a string containing sub. */\nexport function sat(s: string, sub = "xyz"): boolean {\n  return s.includes(sub);\n}',
        sol: 'export function sol(sub = "xyz"): string {\n  return sub;\n}',
      },
      {
        sat: "/** Find a string of at most max characters. */\nexport function sat(t: string, max = 3): boolean {\n  return t.length <= max;\n}",
        sol: 'export function sol(max = 3): string {\n  return "";\n}',
      },
    ];
    const model = new BuiltinModel({ library, transforms: only("conjunction"), searchBudgetMs: 0 });
    const generated = await model.generate({
      examples: library.map(({ sat }) => ({ sat })),
      n: 2,
      temperature: 0,
      seed: 4,
    });
    for (const { code: puzzle } of generated.completions) {
      expect(puzzle).toContain("&& satB(");
      const solved = await model.solve({
        examples: [],
        puzzle: { sat: puzzle! },
        n: 2,
        temperature: 0,
        seed: 4,
      });
      const [best] = solved.completions;
      expect(best!.text).toMatch(/^Retrieved: .*, for part [12] of 2/);
      expect((await verifyPair(puzzle!, best!.code!)).status).toBe("verified");
    }
  });

  it.each([
    [
      "x * 3 + 7 === 2023",
      "export function sat(x: number): boolean {\n  return x * 3 + 7 === 2023;\n}",
      "672",
    ],
    [
      's.length === 5 && s.startsWith("ab")',
      'export function sat(s: string): boolean {\n  return s.length === 5 && s.startsWith("ab");\n}',
      undefined,
    ],
  ])("solves `%s` by search", async (_, puzzle, expected) => {
    const model = new BuiltinModel();
    const solved = await model.solve({
      examples: [],
      puzzle: { sat: puzzle },
      n: 3,
      temperature: 0.8,
      seed: 9,
    });
    expect(solved.completions).toHaveLength(3);
    const [best] = solved.completions;
    expect(best!.text).toMatch(/^Found by search over `(number|string)` answers/);
    if (expected !== undefined) expect(best!.code).toContain(`return ${expected};`);
    expect((await verifyPair(puzzle, best!.code!)).status).toBe("verified");
  });

  it("answers the same request the same way, and another seed differently", async () => {
    const examples = seeds.slice(0, 10).map((s) => ({ sat: s.sat }));
    const request = { examples, n: 6, temperature: 0.8, seed: 42 };
    const a = await new BuiltinModel().generate(request);
    const b = await new BuiltinModel().generate(structuredClone(request));
    expect(b.completions).toEqual(a.completions);
    const c = await new BuiltinModel().generate({ ...request, seed: 43 });
    expect(c.completions).not.toEqual(a.completions);

    const puzzle = {
      sat: 'export function sat(s: string, n = 4): boolean {\n  return s.length === n && s.split("b").length === 3;\n}',
    };
    const solveRequest = { examples: seeds.slice(0, 5), puzzle, n: 4, temperature: 0.8, seed: 7 };
    const first = await new BuiltinModel(FAST).solve(solveRequest);
    const second = await new BuiltinModel(FAST).solve(solveRequest);
    expect(second.completions).toEqual(first.completions);
  });

  it("returns placeholder solutions for a puzzle it cannot read", async () => {
    const solved = await new BuiltinModel().solve({
      examples: [],
      puzzle: { sat: "not a puzzle" },
      n: 2,
      temperature: 0,
      seed: 1,
    });
    expect(solved.completions.map((c) => c.code)).toEqual([
      "export function sol(): null {\n  return null;\n}",
      "export function sol(): null {\n  return null;\n}",
    ]);
  });

  it("rejects bad sampling parameters", async () => {
    const model = new BuiltinModel();
    await expect(model.generate({ examples: [], n: -1, temperature: 0, seed: 1 })).rejects.toThrow(
      RangeError,
    );
    await expect(model.generate({ examples: [], n: 1, temperature: 0, seed: 0.5 })).rejects.toThrow(
      RangeError,
    );
    expect(() => new BuiltinModel({ transforms: { ...only("conjunction"), conjunction: 0 } })).toThrow(
      RangeError,
    );
  });

  it("records outcomes by the transformation named in the puzzle, and generation follows them", async () => {
    const model = new BuiltinModel();
    const generated = await model.generate({
      examples: seeds.slice(0, 8).map((s) => ({ sat: s.sat })),
      n: 4,
      temperature: 0.8,
      seed: 1,
    });
    const kind = model.recordOutcome(generated.completions[0]!.code!, true);
    expect(kind).toBeDefined();
    expect(model.stats.counts(kind!)).toEqual({ tried: 1, verified: 1 });
    expect(model.recordOutcome(squares.sat, true)).toBeUndefined();
  });
});
