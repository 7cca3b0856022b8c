// Where the seed library lives: the `puzzles/` folder at the root of the repository.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export class RepoRootNotFoundError extends Error {
  override name = "RepoRootNotFoundError";
}

/**
 * The repository root: the nearest folder at or above `from` whose package.json declares npm
 * workspaces. Found from this module rather than the working directory, so that the CLI finds the
 * library wherever it is run from.
 */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isWorkspaceRoot(manifest)) return dir;
    if (dirname(dir) === dir)
      throw new RepoRootNotFoundError(`no package.json with workspaces at or above ${from}`);
  }
}

function isWorkspaceRoot(path: string): boolean {
  try {
    const data: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof data === "object" && data !== null && "workspaces" in data;
  } catch {
    return false;
  }
}

/** The seed library's folder: `puzzles/` at the repository root. */
export function defaultPuzzlesDir(): string {
  return join(findRepoRoot(), "puzzles");
}
