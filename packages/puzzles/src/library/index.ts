// Loads the seed library and enforces its split: train puzzles may be shown, test puzzles never are.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CodedError, parsePair, type SatFunction, type SolFunction } from "@puzzleloop/core";
import {
  listPuzzleIds,
  type ManifestEntry,
  manifestProblems,
  readManifest,
  type Split,
} from "../manifest/index.ts";
import { defaultPuzzlesDir } from "../paths/index.ts";

export interface LibraryOptions {
  /**
   * The seed library's folder, holding `manifest.json` and `<domain>/<slug>.ts`.
   * @defaultValue the `puzzles/` folder at the repository root
   */
  dir: string;
}

function resolveOptions(options: Partial<LibraryOptions>): LibraryOptions {
  return { dir: options.dir ?? defaultPuzzlesDir() };
}

/** A seed file as read, before any parsing. */
export interface SeedFile extends ManifestEntry {
  slug: string;
  path: string;
  source: string;
}

/** A parsed seed puzzle of the train split: what models may be shown and export may include. */
export interface SeedPuzzle extends SeedFile {
  split: "train";
  /** The doc comment and `sat`, as a model is shown them. */
  puzzle: string;
  /** The reference `sol`. */
  solution: string;
  sat: SatFunction;
  sol: SolFunction;
}

/** Marks an object of the test split, so that guards recognise it even in a copy made by spreading. */
export const HELD_OUT: unique symbol = Symbol("puzzleloop.heldOut");

/** A parsed seed puzzle of the test split: for evaluation only. */
export interface HeldOutPuzzle extends Omit<SeedPuzzle, "split"> {
  split: "test";
  readonly [HELD_OUT]: true;
}

/** What a {@link LibraryError} refuses, and the values it names. */
export type LibraryErrorFields = {
  /** The files and the manifest disagree. */
  inconsistent: { problems: string[] };
  /** Seed files that do not parse as a puzzle and its solution. */
  "invalid-puzzles": { errors: string[] };
};

export class LibraryError<C extends keyof LibraryErrorFields = keyof LibraryErrorFields> extends CodedError<
  C,
  LibraryErrorFields[C]
> {
  override name = "LibraryError";
}

/** A held-out puzzle reached a place that shows or exports puzzles. */
export class HeldOutPuzzleError extends Error {
  override name = "HeldOutPuzzleError";
}

/** Whether `puzzle` belongs to the test split. */
export function isHeldOut(puzzle: object): boolean {
  return HELD_OUT in puzzle || (puzzle as { split?: unknown }).split === "test";
}

/**
 * Throws unless `puzzle` may be shown to a model or exported: the test split never may. Prompt
 * building and export call this on every puzzle they take.
 */
export function assertShowable(puzzle: object): void {
  if (isHeldOut(puzzle)) {
    const id = (puzzle as { id?: unknown }).id;
    throw new HeldOutPuzzleError(
      `puzzle ${typeof id === "string" ? id : "(unnamed)"} is held out for evaluation and must not be shown or exported`,
    );
  }
}

/**
 * Every seed file listed in the manifest, both splits, sorted by id, with what disagrees between the
 * manifest and the files. Test files come marked as held out. For checking the library; to use
 * puzzles, take {@link loadPool} or {@link loadHeldOut}.
 */
export async function loadSeedFiles(
  options: Partial<LibraryOptions> = {},
): Promise<{ files: SeedFile[]; problems: string[] }> {
  const { dir } = resolveOptions(options);
  const manifest = await readManifest(dir);
  const ids = await listPuzzleIds(dir);
  const present = new Set(ids);
  const files: SeedFile[] = [];
  for (const entry of [...manifest.puzzles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!present.has(entry.id)) continue;
    const path = join(dir, `${entry.id}.ts`);
    const source = await readFile(path, "utf8");
    const file: SeedFile = { ...entry, slug: entry.id.slice(entry.domain.length + 1), path, source };
    files.push(mark(file));
  }
  return { files, problems: manifestProblems(manifest, ids) };
}

/** The train split, parsed: the only seed puzzles a model may see. */
export async function loadPool(options: Partial<LibraryOptions> = {}): Promise<SeedPuzzle[]> {
  return (await loadSplit("train", options)) as SeedPuzzle[];
}

/** The test split, parsed and marked held out: for evaluation, never for prompts or export. */
export async function loadHeldOut(
  split: "test",
  options: Partial<LibraryOptions> = {},
): Promise<HeldOutPuzzle[]> {
  return (await loadSplit(split, options)) as HeldOutPuzzle[];
}

async function loadSplit(
  split: Split,
  options: Partial<LibraryOptions>,
): Promise<(SeedPuzzle | HeldOutPuzzle)[]> {
  const { files, problems } = await loadSeedFiles(options);
  if (problems.length > 0)
    throw new LibraryError(
      "inconsistent",
      { problems },
      `the seed library is inconsistent: ${problems.join("; ")}`,
    );
  const puzzles: (SeedPuzzle | HeldOutPuzzle)[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (file.split !== split) continue;
    const parsed = parsePair(file.source);
    if (!parsed.ok) {
      errors.push(`${file.id}: ${parsed.message}`);
      continue;
    }
    if (parsed.value.extras.length > 0) {
      errors.push(`${file.id}: top-level code besides sat and sol`);
      continue;
    }
    const { sat, sol } = parsed.value;
    puzzles.push(
      mark({ ...file, puzzle: sat.puzzle, solution: sol.text, sat, sol }) as SeedPuzzle | HeldOutPuzzle,
    );
  }
  if (errors.length > 0)
    throw new LibraryError("invalid-puzzles", { errors }, `invalid seed puzzles: ${errors.join("; ")}`);
  return puzzles;
}

/** Freezes a loaded object, marking it held out when it is of the test split. */
function mark<T extends { split: Split }>(item: T): T {
  if (item.split === "test") Object.defineProperty(item, HELD_OUT, { value: true, enumerable: true });
  return Object.freeze(item);
}
