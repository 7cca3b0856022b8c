// The seed library's manifest: which puzzles exist, their domain, difficulty and split.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

export const SPLITS = ["train", "test"] as const;
export type Split = (typeof SPLITS)[number];

const NAME = /^[a-z0-9][a-z0-9_-]*$/;

export const manifestEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_-]*$/, "must be <domain>/<slug> in lowercase"),
    domain: z.string().regex(NAME, "must be lowercase letters, digits, - or _"),
    difficulty: z.number().int().min(1).max(5),
    split: z.enum(SPLITS),
  })
  .strict()
  .refine((entry) => entry.id.startsWith(`${entry.domain}/`), {
    message: "id must start with its domain",
    path: ["id"],
  });

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z
  .object({ puzzles: z.array(manifestEntrySchema) })
  .strict()
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    for (const [i, entry] of manifest.puzzles.entries()) {
      if (seen.has(entry.id))
        ctx.addIssue({ code: "custom", message: `duplicate id ${entry.id}`, path: ["puzzles", i, "id"] });
      seen.add(entry.id);
    }
  });

export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = "manifest.json";
export const PARTS_DIR = ".parts";

export class ManifestError extends Error {
  override name = "ManifestError";
}

/** Validates manifest data; `where` names its origin in the error. */
export function parseManifest(data: unknown, where: string): Manifest {
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) throw new ManifestError(`${where}: ${describeIssue(parsed.error)}`);
  return parsed.data;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`;
}

/** Reads and validates `<dir>/manifest.json`. */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  return parseManifest(await readJson(path), path);
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ManifestError(
      code === "ENOENT" ? `${path} does not exist` : `cannot read ${path}: ${String(error)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

/** The ids of the puzzle files under `dir`: `<domain>/<slug>` for each `<domain>/<slug>.ts`. */
export async function listPuzzleIds(dir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const domain of await readdir(dir, { withFileTypes: true })) {
    if (!domain.isDirectory() || domain.name.startsWith(".")) continue;
    for (const file of await readdir(join(dir, domain.name), { withFileTypes: true })) {
      if (file.isFile() && file.name.endsWith(".ts")) ids.push(`${domain.name}/${file.name.slice(0, -3)}`);
    }
  }
  return ids.sort();
}

/** What disagrees between the manifest and the files: one line per puzzle, empty when they agree. */
export function manifestProblems(manifest: Manifest, fileIds: readonly string[]): string[] {
  const listed = new Set(manifest.puzzles.map((entry) => entry.id));
  const files = new Set(fileIds);
  const problems: string[] = [];
  for (const id of fileIds) if (!listed.has(id)) problems.push(`${id}.ts has no manifest entry`);
  for (const entry of manifest.puzzles)
    if (!files.has(entry.id)) problems.push(`${entry.id} has no file ${entry.id}.ts`);
  return problems;
}

/** The manifest as written to disk: sorted by id, one entry a line, so that diffs stay small. */
export function formatManifest(manifest: Manifest): string {
  const entries = [...manifest.puzzles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, domain, difficulty, split }) => `    ${JSON.stringify({ id, domain, difficulty, split })}`);
  return `{\n  "puzzles": [\n${entries.join(",\n")}\n  ]\n}\n`;
}

/**
 * Merges `<dir>/.parts/*.json` (each an array of entries) into `<dir>/manifest.json`, sorted by id.
 * Fails, writing nothing, when a part is invalid, an id appears twice, or the entries and the files
 * under `dir` disagree. The parts are left in place.
 */
export async function mergeManifestParts(dir: string): Promise<Manifest> {
  const partsDir = join(dir, PARTS_DIR);
  let names: string[];
  try {
    names = (await readdir(partsDir)).filter((name) => name.endsWith(".json")).sort();
  } catch {
    throw new ManifestError(`${partsDir} does not exist`);
  }
  const puzzles: ManifestEntry[] = [];
  for (const name of names) {
    const path = join(partsDir, name);
    const data = await readJson(path);
    if (!Array.isArray(data)) throw new ManifestError(`${path}: must be an array of entries`);
    puzzles.push(...parseManifest({ puzzles: data }, path).puzzles);
  }
  const manifest = parseManifest({ puzzles }, partsDir);
  const problems = manifestProblems(manifest, await listPuzzleIds(dir));
  if (problems.length > 0)
    throw new ManifestError(`manifest and files disagree:\n  ${problems.join("\n  ")}`);
  const text = formatManifest(manifest);
  await writeFile(join(dir, MANIFEST_FILE), text);
  return parseManifest(JSON.parse(text), MANIFEST_FILE);
}
