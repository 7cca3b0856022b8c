import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatManifest } from "../manifest/index.ts";
import {
  assertShowable,
  HELD_OUT,
  HeldOutPuzzleError,
  isHeldOut,
  LibraryError,
  loadHeldOut,
  loadPool,
  loadSeedFiles,
} from "./index.ts";

const tmp = mkdtempSync(join(tmpdir(), "puzzleloop-library-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const puzzle = (n: number) => `/** Find ${n}. */
export function sat(x: number, n = ${n}): boolean {
  return x === n;
}

export function sol(n = ${n}): number {
  return n;
}
`;

type Entry = { id: string; difficulty: number; split: "train" | "test" };
let counter = 0;
function library(entries: Entry[], files: Record<string, string>): string {
  const dir = join(tmp, `lib${counter++}`);
  mkdirSync(dir, { recursive: true });
  const puzzles = entries.map((e) => ({ ...e, domain: e.id.split("/")[0]! }));
  writeFileSync(join(dir, "manifest.json"), formatManifest({ puzzles }));
  for (const [id, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, `${id}.ts`)), { recursive: true });
    writeFileSync(join(dir, `${id}.ts`), source);
  }
  return dir;
}

const good = library(
  [
    { id: "numbers/two", difficulty: 1, split: "train" },
    { id: "numbers/one", difficulty: 2, split: "train" },
    { id: "numbers/three", difficulty: 3, split: "test" },
    { id: "words/four", difficulty: 4, split: "test" },
  ],
  { "numbers/one": puzzle(1), "numbers/two": puzzle(2), "numbers/three": puzzle(3), "words/four": puzzle(4) },
);

describe("loadPool", () => {
  it("returns the train split only, parsed, sorted by id", async () => {
    const pool = await loadPool({ dir: good });
    expect(pool.map((p) => p.id)).toEqual(["numbers/one", "numbers/two"]);
    const [one] = pool;
    expect(one).toMatchObject({ domain: "numbers", slug: "one", difficulty: 2, split: "train" });
    expect(one!.puzzle).toBe(
      "/** Find 1. */\nexport function sat(x: number, n = 1): boolean {\n  return x === n;\n}",
    );
    expect(one!.solution).toBe("export function sol(n = 1): number {\n  return n;\n}");
    expect(one!.sat.answer).toEqual({ name: "x", type: "number" });
    for (const p of pool) {
      expect(isHeldOut(p)).toBe(false);
      expect(() => assertShowable(p)).not.toThrow();
    }
  });

  it("fails when the manifest and the files disagree", async () => {
    const dir = library([{ id: "a/listed", difficulty: 1, split: "train" }], { "a/unlisted": puzzle(1) });
    await expect(loadPool({ dir })).rejects.toThrow(LibraryError);
    await expect(loadPool({ dir })).rejects.toThrow(
      /a\/unlisted\.ts has no manifest entry; a\/listed has no file/,
    );
  });

  it("fails naming an invalid seed", async () => {
    const dir = library([{ id: "a/bad", difficulty: 1, split: "train" }], {
      "a/bad": "export function sat(x) { return x }",
    });
    await expect(loadPool({ dir })).rejects.toThrow(
      /a\/bad: sat's answer parameter `x` needs a type annotation/,
    );
    const helper = library([{ id: "a/helper", difficulty: 1, split: "train" }], {
      "a/helper": `const k = 1;\n${puzzle(1)}`,
    });
    await expect(loadPool({ dir: helper })).rejects.toThrow(/a\/helper: top-level code besides sat and sol/);
  });
});

describe("loadHeldOut and the split guard", () => {
  it("returns the test split, marked held out", async () => {
    const test = await loadHeldOut("test", { dir: good });
    expect(test.map((p) => p.id)).toEqual(["numbers/three", "words/four"]);
    for (const p of test) {
      expect(p.split).toBe("test");
      expect(p[HELD_OUT]).toBe(true);
      expect(isHeldOut(p)).toBe(true);
    }
  });

  it("assertShowable throws a HeldOutPuzzleError for a test puzzle, and for copies of it", async () => {
    const [three] = await loadHeldOut("test", { dir: good });
    expect(() => assertShowable(three!)).toThrow(HeldOutPuzzleError);
    expect(() => assertShowable(three!)).toThrow(/numbers\/three is held out/);
    expect(() => assertShowable({ ...three!, split: "train" })).toThrow(HeldOutPuzzleError);
    expect(() => assertShowable(JSON.parse(JSON.stringify(three)))).toThrow(HeldOutPuzzleError);
    expect(() => assertShowable({ sat: "..." })).not.toThrow();
  });

  it("held-out objects cannot be relabelled in place", async () => {
    const [three] = await loadHeldOut("test", { dir: good });
    expect(() => {
      (three as { split: string }).split = "train";
    }).toThrow(TypeError);
    expect(Reflect.deleteProperty(three!, HELD_OUT)).toBe(false);
    expect(isHeldOut(three!)).toBe(true);
  });
});

describe("loadSeedFiles", () => {
  it("reads both splits, marking the test files, and reports problems instead of throwing", async () => {
    const { files, problems } = await loadSeedFiles({ dir: good });
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.id, f.split, isHeldOut(f)])).toEqual([
      ["numbers/one", "train", false],
      ["numbers/three", "test", true],
      ["numbers/two", "train", false],
      ["words/four", "test", true],
    ]);
    expect(files[0]!.source).toBe(puzzle(1));
    const dir = library([{ id: "a/ghost", difficulty: 1, split: "train" }], { "a/real": puzzle(1) });
    const partial = await loadSeedFiles({ dir });
    expect(partial.files).toEqual([]);
    expect(partial.problems).toEqual(["a/real.ts has no manifest entry", "a/ghost has no file a/ghost.ts"]);
  });
});
