import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  formatManifest,
  listPuzzleIds,
  ManifestError,
  manifestProblems,
  mergeManifestParts,
  parseManifest,
  readManifest,
} from "./index.ts";

const tmp = mkdtempSync(join(tmpdir(), "puzzleloop-manifest-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
/** A puzzles folder with the given files (relative path to content). */
function library(files: Record<string, string>): string {
  const dir = join(tmp, `lib${counter++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const entry = (id: string, split = "train", difficulty = 2) => ({
  id,
  domain: id.split("/")[0],
  difficulty,
  split,
});
const PUZZLE =
  "export function sat(x: number): boolean { return x === 1 }\nexport function sol(): number { return 1 }\n";

describe("parseManifest", () => {
  it("accepts a valid manifest", () => {
    const manifest = parseManifest({ puzzles: [entry("graphs/a"), entry("logic/b", "test", 5)] }, "m.json");
    expect(manifest.puzzles).toHaveLength(2);
  });

  const bad: [string, unknown, RegExp][] = [
    ["not an object", [], /m\.json: /],
    ["a bad split", { puzzles: [entry("graphs/a", "dev")] }, /puzzles\.0\.split/],
    ["a difficulty out of range", { puzzles: [entry("graphs/a", "train", 6)] }, /difficulty/],
    ["a fractional difficulty", { puzzles: [entry("graphs/a", "train", 2.5)] }, /difficulty/],
    [
      "an id outside its domain",
      { puzzles: [{ ...entry("graphs/a"), domain: "logic" }] },
      /id must start with its domain/,
    ],
    ["an id without a slug", { puzzles: [{ ...entry("graphs/a"), id: "graphs" }] }, /<domain>\/<slug>/],
    ["an unknown field", { puzzles: [{ ...entry("graphs/a"), extra: 1 }] }, /extra/],
    ["a duplicate id", { puzzles: [entry("graphs/a"), entry("graphs/a", "test")] }, /duplicate id graphs\/a/],
  ];
  it.each(bad)("rejects %s", (_, data, message) => {
    expect(() => parseManifest(data, "m.json")).toThrow(ManifestError);
    expect(() => parseManifest(data, "m.json")).toThrow(message);
  });
});

describe("manifestProblems", () => {
  it("names files without entries and entries without files", () => {
    const manifest = parseManifest({ puzzles: [entry("graphs/a"), entry("graphs/b")] }, "m");
    expect(manifestProblems(manifest, ["graphs/a", "graphs/b"])).toEqual([]);
    expect(manifestProblems(manifest, ["graphs/a", "logic/c"])).toEqual([
      "logic/c.ts has no manifest entry",
      "graphs/b has no file graphs/b.ts",
    ]);
  });
});

describe("mergeManifestParts", () => {
  it("merges the parts sorted by id, one entry a line, and keeps the parts", async () => {
    const dir = library({
      "graphs/zeta.ts": PUZZLE,
      "graphs/alpha.ts": PUZZLE,
      "logic/mid.ts": PUZZLE,
      ".parts/logic.json": JSON.stringify([entry("logic/mid", "test", 4)]),
      ".parts/graphs.json": JSON.stringify([entry("graphs/zeta"), entry("graphs/alpha", "train", 1)]),
      ".parts/notes.txt": "ignored",
    });
    const manifest = await mergeManifestParts(dir);
    expect(manifest.puzzles.map((e) => e.id)).toEqual(["graphs/alpha", "graphs/zeta", "logic/mid"]);
    expect(await readManifest(dir)).toEqual(manifest);
    const text = readFileSync(join(dir, "manifest.json"), "utf8");
    expect(text.split("\n")[2]).toBe(
      `    {"id":"graphs/alpha","domain":"graphs","difficulty":1,"split":"train"},`,
    );
    expect(text).toBe(formatManifest(manifest));
    expect(existsSync(join(dir, ".parts", "graphs.json"))).toBe(true);
  });

  it("fails, writing nothing, naming files without entries and entries without files", async () => {
    const dir = library({
      "graphs/listed.ts": PUZZLE,
      "graphs/unlisted.ts": PUZZLE,
      ".parts/graphs.json": JSON.stringify([entry("graphs/listed"), entry("graphs/ghost")]),
    });
    const error = await mergeManifestParts(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toContain("graphs/unlisted.ts has no manifest entry");
    expect((error as Error).message).toContain("graphs/ghost has no file graphs/ghost.ts");
    expect(existsSync(join(dir, "manifest.json"))).toBe(false);
  });

  it("fails on an invalid part, naming it", async () => {
    const dir = library({
      "graphs/a.ts": PUZZLE,
      ".parts/graphs.json": JSON.stringify([entry("graphs/a", "eval")]),
    });
    await expect(mergeManifestParts(dir)).rejects.toThrow(/graphs\.json: puzzles\.0\.split/);
    const notArray = library({
      "graphs/a.ts": PUZZLE,
      ".parts/graphs.json": JSON.stringify({ puzzles: [] }),
    });
    await expect(mergeManifestParts(notArray)).rejects.toThrow(/must be an array/);
    const notJson = library({ "graphs/a.ts": PUZZLE, ".parts/graphs.json": "[{" });
    await expect(mergeManifestParts(notJson)).rejects.toThrow(/is not JSON/);
  });

  it("fails on an id listed in two parts", async () => {
    const dir = library({
      "graphs/a.ts": PUZZLE,
      ".parts/one.json": JSON.stringify([entry("graphs/a")]),
      ".parts/two.json": JSON.stringify([entry("graphs/a", "test")]),
    });
    await expect(mergeManifestParts(dir)).rejects.toThrow(/duplicate id graphs\/a/);
  });

  it("runs as a script: writes the manifest, or exits 1 with the problems", () => {
    const script = join(import.meta.dirname, "merge.ts");
    const good = library({
      "graphs/a.ts": PUZZLE,
      ".parts/graphs.json": JSON.stringify([entry("graphs/a", "test")]),
    });
    const ok = spawnSync(process.execPath, ["--import", "tsx", script, good], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/1 puzzles \(0 train, 1 test\)/);
    expect(existsSync(join(good, "manifest.json"))).toBe(true);
    const bad = library({
      "graphs/a.ts": PUZZLE,
      "graphs/b.ts": PUZZLE,
      ".parts/graphs.json": JSON.stringify([entry("graphs/a")]),
    });
    const failed = spawnSync(process.execPath, ["--import", "tsx", script, bad], { encoding: "utf8" });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("graphs/b.ts has no manifest entry");
  });
});

describe("readManifest and listPuzzleIds", () => {
  it("lists .ts files by domain and ignores dot folders and other files", async () => {
    const dir = library({
      "a/x.ts": PUZZLE,
      "a/notes.md": "",
      "b/y.ts": PUZZLE,
      ".parts/a.json": "[]",
      "top.ts": "",
    });
    expect(await listPuzzleIds(dir)).toEqual(["a/x", "b/y"]);
  });

  it("reports a missing manifest as a ManifestError", async () => {
    await expect(readManifest(library({}))).rejects.toThrow(/manifest\.json does not exist/);
  });
});
