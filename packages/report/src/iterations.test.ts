import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type RoundConfig, type SqliteStore } from "@puzzleloop/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createNextIteration,
  formatIterationList,
  IterationError,
  iterationList,
  resolveExportFolder,
} from "./iterations.ts";

const CONFIG: RoundConfig = { puzzles: 4, attempts: 2, temperature: 0.8, seed: 1, fewShot: 2 };

let dir: string;
let dbPath: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-iterations-"));
  dbPath = join(dir, "loop.db");
  store = openSqliteStore({ path: dbPath, clock: () => Date.UTC(2025, 0, 2, 3, 4, 5) });
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An export folder as `puzzleloop export` leaves it: `<out>/iteration-<n>/` with a manifest and data. */
function writeExport(out: string, iteration: number): string {
  const folder = join(out, `iteration-${iteration}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "manifest.json"), JSON.stringify({ iteration, histogram: [] }));
  writeFileSync(join(folder, "train.jsonl"), '{"puzzle": "p", "solution": "s"}\n');
  return folder;
}

describe("createNextIteration", () => {
  it("starts iteration 0 on an empty database, with no parent, and makes it current", () => {
    const { iteration } = createNextIteration(store, { model: "builtin" });
    expect(iteration).toMatchObject({ id: 0, model: "builtin", parent: null, trainDir: null });
    expect(store.currentIteration()?.id).toBe(0);
  });

  it("numbers the next one after the newest, parented on the current one", () => {
    store.createIteration({ model: "builtin" });
    store.createIteration({ model: "builtin", parent: 0 });
    store.setCurrentIteration(0);
    const { iteration } = createNextIteration(store, { model: "Qwen/Qwen2.5-Coder-0.5B-Instruct" });
    expect(iteration).toMatchObject({ id: 2, parent: 0, model: "Qwen/Qwen2.5-Coder-0.5B-Instruct" });
    expect(store.currentIteration()?.id).toBe(2);

    const next = createNextIteration(store, { model: "http://127.0.0.1:8080/v1", parent: 1 }).iteration;
    expect(next).toMatchObject({ id: 3, parent: 1 });
    expect(store.currentIteration()?.id).toBe(3);
  });

  it("persists: a reopened database sees the new iteration as current", () => {
    createNextIteration(store, { model: "builtin" });
    createNextIteration(store, { model: "builtin" });
    store.close();
    store = openSqliteStore({ path: dbPath });
    expect(store.currentIteration()).toMatchObject({ id: 1, parent: 0 });
  });

  it("records the export folder a model learned from, given itself or its parent", () => {
    store.createIteration({ model: "builtin" });
    const out = join(dir, "out");
    const folder = writeExport(out, 0);
    const direct = createNextIteration(store, { model: "builtin", trainDir: folder });
    expect(direct.iteration.trainDir).toBe(folder);
    expect(direct.trainedOn).toBe(0);
    const viaParent = createNextIteration(store, { model: "builtin", trainDir: out });
    expect(viaParent.iteration.trainDir).toBe(folder);
    expect(store.getIteration(viaParent.iteration.id)?.trainDir).toBe(folder);
  });

  it("refuses a model name that is none of builtin, a URL or a hub id", () => {
    for (const model of ["gpt", "localhost:8080", "ftp://host/model", ""]) {
      expect(() => createNextIteration(store, { model })).toThrow(IterationError);
    }
    expect(() => createNextIteration(store, { model: "gpt" })).toThrow(
      expect.objectContaining({ code: "model-invalid", fields: expect.objectContaining({ model: "gpt" }) }),
    );
    expect(store.listIterations()).toEqual([]);
  });

  it("refuses a parent that does not exist, and writes nothing", () => {
    store.createIteration({ model: "builtin" });
    expect(() => createNextIteration(store, { model: "builtin", parent: 5 })).toThrow(
      expect.objectContaining({ code: "parent-missing", fields: { parent: 5 } }),
    );
    expect(() => createNextIteration(store, { model: "builtin", parent: -1 })).toThrow(IterationError);
    expect(store.listIterations()).toHaveLength(1);
  });

  it("refuses a training folder that is not an export, and writes nothing", () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    expect(() => createNextIteration(store, { model: "builtin", trainDir: empty })).toThrow(
      /is not an export: it needs manifest\.json and train\.jsonl/,
    );
    expect(() => createNextIteration(store, { model: "builtin", trainDir: join(dir, "missing") })).toThrow(
      /does not exist/,
    );
    expect(store.listIterations()).toEqual([]);
  });
});

describe("resolveExportFolder", () => {
  it("needs both the manifest and the data file", () => {
    const folder = join(dir, "iteration-3");
    mkdirSync(folder);
    writeFileSync(join(folder, "manifest.json"), "{}");
    expect(() => resolveExportFolder(folder)).toThrow(IterationError);
    writeFileSync(join(folder, "train.jsonl"), "");
    expect(resolveExportFolder(folder)).toEqual({ dir: folder, iteration: undefined });
  });

  it("asks which export when the parent holds several", () => {
    const out = join(dir, "out");
    writeExport(out, 1);
    writeExport(out, 10);
    writeExport(out, 2);
    // Not exports: a stray folder and a file under an export's name.
    mkdirSync(join(out, "notes"));
    writeFileSync(join(out, "iteration-7"), "");
    expect(() => resolveExportFolder(out)).toThrow(
      /holds 3 exports \(iteration-1, iteration-2, iteration-10\): give one of them, e\.g\. .*iteration-10$/,
    );
  });

  it("rejects a file", () => {
    const file = join(dir, "train.jsonl");
    writeFileSync(file, "");
    expect(() => resolveExportFolder(file)).toThrow(/is not a folder/);
  });

  it("gives one-line messages", () => {
    for (const bad of [join(dir, "missing"), dir]) {
      try {
        resolveExportFolder(bad);
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).not.toContain("\n");
      }
    }
  });
});

describe("iterationList", () => {
  it("lists iterations with rounds, evaluation runs and the current mark", () => {
    expect(iterationList(store)).toEqual([]);
    expect(formatIterationList([])).toContain("no iterations yet");

    store.createIteration({ model: "builtin" });
    store.createRound({ iterationId: 0, model: "builtin", config: CONFIG });
    store.createRound({ iterationId: 0, model: "builtin", config: CONFIG });
    store.createRound({
      iterationId: 0,
      model: "builtin",
      config: { ...CONFIG, kind: "eval", split: "test" },
    });
    store.createIteration({ model: "org/tuned", parent: 0, trainDir: "/data/out/iteration-0" });
    store.setCurrentIteration(0);

    const list = iterationList(store);
    expect(list).toEqual([
      {
        id: 0,
        model: "builtin",
        parent: null,
        trainDir: null,
        createdAt: Date.UTC(2025, 0, 2, 3, 4, 5),
        current: true,
        rounds: 2,
        evaluationRuns: 1,
      },
      {
        id: 1,
        model: "org/tuned",
        parent: 0,
        trainDir: "/data/out/iteration-0",
        createdAt: Date.UTC(2025, 0, 2, 3, 4, 5),
        current: false,
        rounds: 0,
        evaluationRuns: 0,
      },
    ]);

    const lines = formatIterationList(list).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]!.trim().split(/\s{2,}/)).toEqual([
      "iteration",
      "model",
      "parent",
      "rounds",
      "evals",
      "created",
      "trained on",
    ]);
    expect(lines[1]!.split(/\s+/)).toEqual(["*", "0", "builtin", "-", "2", "1", "2025-01-02T03:04:05Z", "-"]);
    expect(lines[2]!.trim().split(/\s+/)).toEqual([
      "1",
      "org/tuned",
      "0",
      "0",
      "0",
      "2025-01-02T03:04:05Z",
      "/data/out/iteration-0",
    ]);
  });
});
