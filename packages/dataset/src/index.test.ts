import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTrainingDir, STATS_FILE, writeTransformOutcomes } from "@puzzleloop/builtin";
import {
  IterationNotFoundError,
  type NewAttempt,
  openSqliteStore,
  type RoundConfig,
  type SqliteStore,
} from "@puzzleloop/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ExportManifest,
  type ExportOptions,
  ExportOptionsError,
  exportIteration,
  hubFiles,
  MissingHfTokenError,
  pushToHub,
  solutionHash,
} from "./index.ts";

const CONFIG: RoundConfig = { puzzles: 10, attempts: 4, temperature: 0.8, seed: 7, fewShot: 3 };
const BASE_MODEL = "Qwen/Qwen2.5-Coder-0.5B-Instruct";

interface Line {
  puzzle_id: number;
  puzzle_hash: string;
  solution_hash: string;
  origin: string;
  round: string | null;
  model: string | null;
  solve_rate: number | null;
  weight: number;
  [key: string]: unknown;
}

let dir: string;
let store: SqliteStore;
/** Puzzle ids of the fixture, by name. */
let ids: Record<string, number>;

function sat(name: string, body: string): string {
  return `/** Puzzle ${name}. */\nexport function sat(x: number, n = 3): boolean {\n  return ${body};\n}`;
}

function sol(expr: string): string {
  return `export function sol(n = 3): number {\n  return ${expr};\n}`;
}

/**
 * Iteration 0 with two rounds, iteration 1 with one. Generated puzzles: `hard` (1 of 10 attempts
 * verified), `easy` (4 of 4, two of them the same solution in another spelling), `many` (10
 * distinct solutions of growing length), `mid` (2 of 4), `failed` (none verified), and `later`
 * (iteration 1 only). Seeds: `shown` (never attempted) and `tried` (1 of 2 verified).
 */
function populate(s: SqliteStore): Record<string, number> {
  s.createIteration({ model: BASE_MODEL });
  const r1 = s.createRound({ iterationId: 0, model: BASE_MODEL, config: CONFIG }).id;
  const r2 = s.createRound({ iterationId: 0, model: BASE_MODEL, config: CONFIG }).id;
  s.createIteration({ model: "tuned/model", parent: 0 });
  const r3 = s.createRound({ iterationId: 1, model: "tuned/model", config: CONFIG }).id;
  const seed = (name: string) => ({
    hash: `seed-${name}`,
    source: sat(name, "x === n * 2"),
    solution: sol("n * 2"),
    origin: "seed" as const,
    seedId: `math/${name}`,
    domain: "math",
    answerType: "number",
  });
  const generated = (name: string, roundId: string) => ({
    hash: `gen-${name}`,
    source: sat(name, `x === n + ${name.length}`),
    origin: "generated" as const,
    roundId,
    model: BASE_MODEL,
    answerType: "number",
  });
  const names = ["shown", "tried", "hard", "easy", "many", "mid", "failed", "later"];
  const outcomes = s.insertPuzzles([
    seed("shown"),
    seed("tried"),
    generated("hard", r1),
    generated("easy", r1),
    generated("many", r2),
    generated("mid", r2),
    generated("failed", r2),
    generated("later", r3),
  ]);
  const id = Object.fromEntries(names.map((n, i) => [n, outcomes[i]!.id]));
  let k = 0;
  const attempt = (puzzle: string, roundId: string, solution: string, verified: boolean): NewAttempt => ({
    puzzleId: id[puzzle]!,
    roundId,
    solution,
    solutionHash: `h${k++}`,
    status: verified ? "verified" : "wrong_answer",
    answer: verified ? "1" : null,
    model: roundId === r3 ? "tuned/model" : BASE_MODEL,
  });
  s.insertAttempts([
    attempt("hard", r1, sol("n + 4"), true),
    ...Array.from({ length: 9 }, (_, i) => attempt("hard", r1, sol(`${i}`), false)),
    attempt("easy", r1, sol("n + 4"), true),
    attempt("easy", r2, "export function sol(m = 3): number { return m + 4 }", true),
    attempt("easy", r1, sol("4 + n"), true),
    attempt("easy", r2, sol("(n + 4) * 1"), true),
    ...Array.from({ length: 10 }, (_, i) => attempt("many", r2, sol(`n + ${10 ** i} - ${10 ** i}`), true)),
    attempt("mid", r2, sol("n + 3"), true),
    attempt("mid", r2, sol("3 + n"), true),
    attempt("mid", r2, sol("n"), false),
    attempt("mid", r2, sol("n - 1"), false),
    attempt("failed", r1, sol("0"), false),
    attempt("tried", r1, sol("n + n"), true),
    attempt("tried", r1, sol("n"), false),
    attempt("later", r3, sol("n + 5"), true),
  ]);
  return id;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-export-"));
  store = openSqliteStore({ path: join(dir, "db", "puzzleloop.db") });
  ids = populate(store);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(options: Partial<ExportOptions> = {}) {
  return exportIteration(store, {
    iteration: 0,
    out: join(dir, "out"),
    clock: () => 1_700_000_000_000,
    ...options,
  });
}

function readLines(folder: string): Line[] {
  return readFileSync(join(folder, "train.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Line);
}

function readManifest(folder: string): ExportManifest {
  return JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as ExportManifest;
}

function perPuzzle(lines: Line[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.puzzle_id, (counts.get(line.puzzle_id) ?? 0) + 1);
  return counts;
}

describe("exportIteration", () => {
  it("writes the chat format: generated puzzles only, the shortest distinct solutions, every line traceable", async () => {
    const { dir: folder, manifest } = await run();
    expect(folder).toBe(join(dir, "out", "iteration-0"));
    const lines = readLines(folder);
    // hard 1, easy 3 of 4 (two spellings of one solution), many 8 of 10, mid 2; seeds and `later` left out.
    expect(perPuzzle(lines)).toEqual(
      new Map([
        [ids.hard!, 1],
        [ids.easy!, 3],
        [ids.many!, 8],
        [ids.mid!, 2],
      ]),
    );
    for (const line of lines) {
      const messages = line.messages as { role: string; content: string }[];
      expect(messages.map((m) => m.role)).toEqual(["system", "user", "assistant"]);
      const stored = store.getPuzzle(line.puzzle_id)!;
      expect(line.puzzle_hash).toBe(stored.hash);
      expect(messages[1]!.content).toContain(stored.source);
      expect(messages[2]!.content).toMatch(/^```ts\nexport function sol\(/);
      expect(messages[2]!.content.endsWith("\n```")).toBe(true);
      expect(line.origin).toBe("generated");
      expect(line.weight).toBe(1);
      expect(line.round).toMatch(/^r-0-\d$/);
    }
    expect(lines.find((l) => l.puzzle_id === ids.hard)!.solve_rate).toBe(0.1);
    expect(lines.find((l) => l.puzzle_id === ids.mid)!.solve_rate).toBe(0.5);

    expect(manifest.counts).toMatchObject({ puzzles: 4, pairs: 14, lines: 14 });
    expect(manifest.counts.byOrigin).toEqual({
      seed: { puzzles: 0, pairs: 0, lines: 0 },
      generated: { puzzles: 4, pairs: 14, lines: 14 },
    });
    expect(manifest.counts.skipped).toMatchObject({
      seed: { puzzles: 1, pairs: 1 },
      duplicateSolution: { puzzles: 1, pairs: 1 },
      overMaxPerPuzzle: { puzzles: 1, pairs: 2 },
      belowMinSolveRate: { puzzles: 0, pairs: 0 },
    });
    expect(manifest).toMatchObject({
      iteration: 0,
      baseModel: BASE_MODEL,
      models: [BASE_MODEL],
      rounds: [
        { id: "r-0-1", model: BASE_MODEL, status: "pending" },
        { id: "r-0-2", model: BASE_MODEL, status: "pending" },
      ],
      createdAt: "2023-11-14T22:13:20.000Z",
      options: {
        format: "chat",
        maxPerPuzzle: 8,
        minSolveRate: 0,
        maxSolveRate: 1,
        includeSeed: false,
        weighting: "none",
        resample: false,
        pushToHub: null,
      },
    });
  });

  it("keeps the shortest solutions, distinct by normalised hash, in a stable order", async () => {
    const { dir: folder } = await run({ maxPerPuzzle: 2 });
    const lines = readLines(folder);
    const ofPuzzle = (id: number) =>
      lines.filter((l) => l.puzzle_id === id).map((l) => (l.messages as { content: string }[])[2]!.content);
    expect(ofPuzzle(ids.many!)).toEqual([
      `\`\`\`ts\n${sol("n + 1 - 1")}\n\`\`\``,
      `\`\`\`ts\n${sol("n + 10 - 10")}\n\`\`\``,
    ]);
    // `n + 4` and `m + 4` are one solution: the shorter spelling stands for both.
    const easy = ofPuzzle(ids.easy!);
    expect(easy).toHaveLength(2);
    expect(easy[0]).toContain("return m + 4");
    // Distinct within each puzzle (another puzzle may share a solution).
    const keys = lines.map((l) => `${l.puzzle_id}:${l.solution_hash}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(lines.map((l) => l.puzzle_id)).toEqual([...lines.map((l) => l.puzzle_id)].sort((a, b) => a - b));
  });

  it("gives byte-identical data for the same store, whatever the time", async () => {
    const first = await run({ out: join(dir, "a"), clock: () => 1 });
    const second = await run({ out: join(dir, "b"), clock: () => 2 });
    for (const file of ["train.jsonl", "README.md", "train_sft.yaml", "train.sh"]) {
      expect(readFileSync(join(second.dir, file), "utf8")).toBe(readFileSync(join(first.dir, file), "utf8"));
    }
    const strip = (m: ExportManifest) => ({ ...m, createdAt: "" });
    expect(strip(readManifest(second.dir))).toEqual(strip(readManifest(first.dir)));
    expect(readManifest(first.dir).createdAt).not.toBe(readManifest(second.dir).createdAt);
  });

  it("filters by solve rate and counts what each filter left out", async () => {
    const { dir: folder, manifest } = await run({ minSolveRate: 0.2, maxSolveRate: 0.6 });
    expect([...perPuzzle(readLines(folder)).keys()]).toEqual([ids.mid]);
    expect(manifest.counts.skipped).toMatchObject({
      belowMinSolveRate: { puzzles: 1, pairs: 1 },
      aboveMaxSolveRate: { puzzles: 2, pairs: 14 },
    });
    expect(manifest.counts).toMatchObject({ puzzles: 1, pairs: 2, lines: 2 });
  });

  it("includes seed puzzles with their reference solutions when asked", async () => {
    const { dir: folder, manifest } = await run({ includeSeed: true, format: "raw" });
    const lines = readLines(folder);
    const shown = lines.filter((l) => l.puzzle_id === ids.shown);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      origin: "seed",
      seed_id: "math/shown",
      solution: sol("n * 2"),
      round: null,
      model: null,
      solve_rate: null,
      samples: 0,
    });
    // The seed that was tried keeps its reference and the model's (different) solution.
    const tried = lines.filter((l) => l.puzzle_id === ids.tried);
    expect(tried.map((l) => l.solution).sort()).toEqual([sol("n * 2"), sol("n + n")].sort());
    expect(tried.every((l) => l.solve_rate === 0.5)).toBe(true);
    expect(manifest.counts.byOrigin.seed).toEqual({ puzzles: 2, pairs: 3, lines: 3 });
    expect(manifest.counts.skipped.seed).toEqual({ puzzles: 0, pairs: 0 });

    // A never-attempted seed has no solve rate for a filter to pass.
    const filtered = await run({ includeSeed: true, minSolveRate: 0.01 });
    expect(perPuzzle(readLines(filtered.dir)).has(ids.shown!)).toBe(false);
    expect(filtered.manifest.counts.skipped.unknownSolveRate).toEqual({ puzzles: 1, pairs: 1 });
  });

  it("weights by inverse solve rate, normalised to mean 1 over the lines", async () => {
    const { dir: folder, manifest } = await run({ weighting: "inverse-solve-rate" });
    const lines = readLines(folder);
    const mean = lines.reduce((sum, l) => sum + l.weight, 0) / lines.length;
    expect(mean).toBeCloseTo(1, 12);
    const weightOf = (id: number) => lines.find((l) => l.puzzle_id === id)!.weight;
    expect(weightOf(ids.hard!) / weightOf(ids.easy!)).toBeCloseTo(10, 12);
    expect(weightOf(ids.mid!) / weightOf(ids.easy!)).toBeCloseTo(2, 12);
    expect(manifest.weights.mean).toBeCloseTo(1, 12);
    expect(manifest.weights.max).toBe(weightOf(ids.hard!));
    expect(manifest.counts.lines).toBe(14);
  });

  it("resamples hard puzzles into more copies than easy ones, and the histogram shows it", async () => {
    const { dir: folder, manifest } = await run({ weighting: "inverse-solve-rate", resample: true });
    const counts = perPuzzle(readLines(folder));
    // Raw weights 10 (hard), 1 (easy, many), 2 (mid) over 14 pairs: scale 14/25, so hard 5.6 -> 6 copies.
    expect(counts.get(ids.hard!)).toBe(6);
    expect(counts.get(ids.easy!)).toBe(3);
    expect(counts.get(ids.many!)).toBe(8);
    expect(counts.get(ids.mid!)).toBe(2);
    expect(manifest.counts).toMatchObject({ pairs: 14, lines: 19 });
    const bucket = (range: string) => manifest.histogram.find((b) => b.range === range)!;
    expect(bucket("0.1-0.2")).toMatchObject({ puzzles: 1, pairs: 1, lines: 6 });
    expect(bucket("0.5-0.6")).toMatchObject({ puzzles: 1, pairs: 2, lines: 2 });
    expect(bucket("0.9-1.0")).toMatchObject({ puzzles: 2, pairs: 11, lines: 11 });
    expect(manifest.histogram.reduce((n, b) => n + b.lines, 0)).toBe(19);
    expect(manifest.histogram.reduce((n, b) => n + b.puzzles, 0)).toBe(4);
  });

  it("writes the completion format: puzzle, then solution and the check that it passes", async () => {
    const { dir: folder } = await run({ format: "completion" });
    const lines = readLines(folder);
    expect(lines).toHaveLength(14);
    const line = lines.find((l) => l.puzzle_id === ids.hard)!;
    expect(line.prompt).toContain(store.getPuzzle(ids.hard!)!.source);
    expect(line.completion).toBe(`${sol("n + 4")}\n\nconsole.assert(sat(sol()));\n`);
    expect(Object.keys(line)).toContain("solve_rate");
    expect(readFileSync(join(folder, "train_sft.yaml"), "utf8")).toContain("completion_only_loss: true");
  });

  it("writes the raw format with its fields", async () => {
    const { dir: folder } = await run({ format: "raw" });
    const [line] = readLines(folder);
    expect(Object.keys(line!).sort()).toEqual(
      [
        "puzzle",
        "solution",
        "puzzle_id",
        "puzzle_hash",
        "solution_hash",
        "origin",
        "seed_id",
        "domain",
        "round",
        "model",
        "samples",
        "verified",
        "solve_rate",
        "weight",
      ].sort(),
    );
    expect(line!.solution_hash).toBe(solutionHash(line!.solution as string));
    // No TRL recipe for a format its trainer cannot read as is.
    expect(readdirSync(folder).sort()).toEqual(["README.md", "manifest.json", "train.jsonl"]);
  });

  it("records each data file's sha256 in the manifest", async () => {
    const { dir: folder, manifest } = await run();
    const bytes = readFileSync(join(folder, "train.jsonl"));
    expect(manifest.files["train.jsonl"]).toEqual({
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      lines: 14,
    });
    expect(readManifest(folder)).toEqual(manifest);
  });

  it("emits only puzzles and solutions the store holds", async () => {
    const { dir: folder } = await run({ includeSeed: true, format: "raw" });
    const puzzles = new Map(store.listPuzzles().map((p) => [p.hash, p]));
    for (const line of readLines(folder)) {
      const stored = puzzles.get(line.puzzle_hash);
      expect(stored?.source).toBe(line.puzzle);
      expect(stored?.id).toBe(line.puzzle_id);
      if (line.model === null) expect(line.solution).toBe(stored?.solution);
    }
    // The store holds no test-split puzzle, so none can be exported: only the two stored seeds appear.
    const seeds = new Set(
      readLines(folder)
        .filter((l) => l.origin === "seed")
        .map((l) => l.seed_id),
    );
    expect([...seeds].sort()).toEqual(["math/shown", "math/tried"]);
  });

  it("writes the built-in model's transformation outcomes (its companion), failures included, beside its export", async () => {
    expect(existsSync(join((await run({ companions: [writeTransformOutcomes] })).dir, STATS_FILE))).toBe(
      false,
    );
    store.createIteration({ model: "builtin", parent: 1 });
    const round = store.createRound({ iterationId: 2, model: "builtin", config: CONFIG }).id;
    const derived = (name: string, kind: string) => ({
      hash: `derived-${name}`,
      source: `/**\n * Puzzle ${name}.\n * Derived (builtin ${kind}) from a pool puzzle.\n */\nexport function sat(x: number, n = ${name.length}): boolean {\n  return x === n;\n}`,
      origin: "generated" as const,
      roundId: round,
      model: "builtin",
      answerType: "number",
    });
    const [a, b, c] = store.insertPuzzles([
      derived("a", "new-defaults"),
      derived("bb", "new-defaults"),
      derived("ccc", "composition"),
    ]);
    const attempt = (puzzleId: number, verified: boolean, n: number): NewAttempt => ({
      puzzleId,
      roundId: round,
      solution: sol(String(n)),
      solutionHash: `d${puzzleId}-${n}`,
      status: verified ? "verified" : "wrong_answer",
      answer: verified ? String(n) : null,
      model: "builtin",
    });
    store.insertAttempts([attempt(a!.id, true, 1), attempt(b!.id, false, 9), attempt(c!.id, true, 3)]);

    const { dir: folder } = await run({ iteration: 2, companions: [writeTransformOutcomes] });
    const expected = { "new-defaults": { tried: 2, verified: 1 }, composition: { tried: 1, verified: 1 } };
    expect(JSON.parse(readFileSync(join(folder, STATS_FILE), "utf8"))).toEqual(expected);
    expect((await loadTrainingDir(folder)).stats.toJSON()).toEqual(expected);
  });

  it("writes a dataset card and a TRL recipe naming the base model", async () => {
    const { dir: folder } = await run();
    const card = readFileSync(join(folder, "README.md"), "utf8");
    expect(card).toMatch(
      /^---\n[\s\S]*configs:\n- config_name: default\n {2}data_files:\n {2}- split: train\n {4}path: train.jsonl\n---/,
    );
    expect(card).toContain('load_dataset("json", data_files="train.jsonl", split="train")');
    expect(card).toContain("| all | 4 | 14 | 14 |");
    const config = readFileSync(join(folder, "train_sft.yaml"), "utf8");
    expect(config).toContain(`model_name_or_path: "${BASE_MODEL}"`);
    expect(config).toContain("dataset_name: .");
    const script = join(folder, "train.sh");
    expect(readFileSync(script, "utf8")).toContain('exec trl sft --config train_sft.yaml "$@"');
    expect(statSync(script).mode & 0o111).not.toBe(0);
  });

  it("replaces an earlier export whole and leaves no staging folder", async () => {
    const first = await run({ format: "raw" });
    writeFileSync(join(first.dir, "stray.txt"), "left over");
    const second = await run({ format: "chat" });
    expect(second.dir).toBe(first.dir);
    expect(readdirSync(second.dir).sort()).toEqual([
      "README.md",
      "manifest.json",
      "train.jsonl",
      "train.sh",
      "train_sft.yaml",
    ]);
    expect(readdirSync(join(dir, "out"))).toEqual(["iteration-0"]);
    expect(store.listExports({ iteration: 0 }).map((e) => e.format)).toEqual(["raw", "chat"]);
    expect(store.listExports()[1]).toMatchObject({
      dir: second.dir,
      counts: { pairs: 14, lines: 14, "generated.pairs": 14, "skipped.duplicateSolution.pairs": 1 },
      options: { format: "chat", maxPerPuzzle: 8 },
    });
  });

  it("refuses an unknown iteration and contradictory options before writing anything", async () => {
    await expect(run({ iteration: 7 })).rejects.toThrow(IterationNotFoundError);
    await expect(run({ resample: true })).rejects.toThrow(ExportOptionsError);
    await expect(run({ minSolveRate: 0.8, maxSolveRate: 0.2 })).rejects.toThrow(ExportOptionsError);
    await expect(run({ maxPerPuzzle: 0 })).rejects.toThrow(ExportOptionsError);
    expect(readdirSync(dir)).toEqual(["db"]);
  });

  describe("pushing to the Hub", () => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env.HF_TOKEN;
      delete process.env.HF_TOKEN;
    });
    afterEach(() => {
      if (saved !== undefined) process.env.HF_TOKEN = saved;
    });

    it("asks for HF_TOKEN when there is none, before writing anything", async () => {
      await expect(run({ pushToHub: "someone/puzzles" })).rejects.toThrow(MissingHfTokenError);
      await expect(run({ pushToHub: "someone/puzzles" })).rejects.toThrow(/set HF_TOKEN/);
      expect(readdirSync(dir)).toEqual(["db"]);
      const { dir: folder } = await run();
      await expect(pushToHub(folder, { repo: "someone/puzzles" })).rejects.toThrow(MissingHfTokenError);
    });

    it("uploads every file of the folder, by name, at the repository root", async () => {
      const { dir: folder } = await run();
      const files = await hubFiles(folder);
      expect(files.map((f) => f.path)).toEqual([
        "README.md",
        "manifest.json",
        "train.jsonl",
        "train.sh",
        "train_sft.yaml",
      ]);
      for (const file of files) {
        expect(file.content.protocol).toBe("file:");
        expect(readFileSync(file.content, "utf8")).toBe(readFileSync(join(folder, file.path), "utf8"));
      }
    });
  });
});
