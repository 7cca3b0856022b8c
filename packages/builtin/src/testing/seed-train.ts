// Test support: the seed library's train split as solved examples, read through the puzzles package.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parsePair } from "@puzzleloop/core";
import type { SolvedExample } from "@puzzleloop/model";
import { defaultPuzzlesDir, loadPool } from "@puzzleloop/puzzles";

export interface SeedExample extends SolvedExample {
  id: string;
}

/**
 * The train split with reference solutions, sorted by id. When the merged manifest is not there yet, the
 * manifest parts are read instead: the split is still the one they record, never guessed.
 */
export async function seedTrainExamples(): Promise<SeedExample[]> {
  try {
    const pool = await loadPool();
    return pool.map((p) => ({ id: p.id, sat: p.puzzle, sol: p.solution }));
  } catch {
    return fromManifestParts(defaultPuzzlesDir());
  }
}

async function fromManifestParts(dir: string): Promise<SeedExample[]> {
  const partsDir = join(dir, ".parts");
  const ids: string[] = [];
  for (const name of (await readdir(partsDir)).filter((n) => n.endsWith(".json")).sort()) {
    const entries = JSON.parse(await readFile(join(partsDir, name), "utf8")) as {
      id: string;
      split: string;
    }[];
    for (const entry of entries) if (entry.split === "train") ids.push(entry.id);
  }
  const out: SeedExample[] = [];
  for (const id of ids.sort()) {
    const parsed = parsePair(await readFile(join(dir, `${id}.ts`), "utf8"));
    if (parsed.ok) out.push({ id, sat: parsed.value.sat.puzzle, sol: parsed.value.sol.text });
  }
  return out;
}
