import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultPuzzlesDir, findRepoRoot, RepoRootNotFoundError } from "./index.ts";

const tmp = mkdtempSync(join(tmpdir(), "puzzleloop-paths-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("findRepoRoot", () => {
  it("finds this repository from this module, whose puzzles folder holds the seeds", () => {
    const root = findRepoRoot();
    expect(defaultPuzzlesDir()).toBe(join(root, "puzzles"));
    expect(join(root, "packages", "puzzles", "src", "paths")).toBe(import.meta.dirname);
  });

  it("skips package.json files without workspaces", () => {
    writeFileSync(join(tmp, "package.json"), JSON.stringify({ name: "root", workspaces: ["pkg"] }));
    mkdirSync(join(tmp, "pkg", "src"), { recursive: true });
    writeFileSync(join(tmp, "pkg", "package.json"), JSON.stringify({ name: "pkg" }));
    expect(findRepoRoot(join(tmp, "pkg", "src"))).toBe(tmp);
  });

  it("fails with a named error when there is no root", () => {
    expect(() => findRepoRoot("/")).toThrow(RepoRootNotFoundError);
  });
});
