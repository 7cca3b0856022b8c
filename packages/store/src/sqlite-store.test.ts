/** The SQLite store: the conformance suite on real files, then what only a file shows (WAL, migrations, paths). */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { resolveDbPath } from "./db-path.ts";
import { MEMORY_PATH, openSqliteStore, type SqliteStore } from "./sqlite-store.ts";
import { describeStoreConformance } from "./testing/store-conformance.ts";

const root = mkdtempSync(join(tmpdir(), "puzzleloop-store-"));
let files = 0;

/** A path for a database that does not exist yet, in a directory that does not exist yet either. */
function freshPath(): string {
  files++;
  return join(root, `case-${files}`, "puzzleloop.db");
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describeStoreConformance("SqliteStore on a file", () => openSqliteStore({ path: freshPath() }));
describeStoreConformance("SqliteStore in memory", () => openSqliteStore({ path: MEMORY_PATH }));

const CONFIG = { puzzles: 2, attempts: 2, temperature: 1, seed: 1, fewShot: 2 };
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const journal = JSON.parse(readFileSync(join(packageDir, "drizzle", "meta", "_journal.json"), "utf8")) as {
  entries: unknown[];
};

describe("SqliteStore on disk", () => {
  const open: SqliteStore[] = [];
  function openStore(path?: string, clock?: () => number): SqliteStore {
    const store = openSqliteStore({ path, clock });
    open.push(store);
    return store;
  }

  afterEach(() => {
    for (const store of open.splice(0)) store.close();
  });

  /** Runs `script` in another Node process; returns its stdout, failing the test when the process fails. */
  function inOtherProcess(script: string): string {
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: packageDir,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return result.stdout;
  }

  it("creates the directory and the schema on a fresh file, in WAL mode", () => {
    const path = freshPath();
    expect(existsSync(dirname(path))).toBe(false);
    const store = openStore(path);
    expect(store.path).toBe(path);
    const db = new Database(path, { readonly: true });
    try {
      const tables = db
        .prepare("select name from sqlite_master where type = 'table' order by name")
        .pluck()
        .all() as string[];
      expect(tables).toEqual(
        expect.arrayContaining([
          "__drizzle_migrations",
          "attempts",
          "evaluations",
          "exports",
          "iterations",
          "model_calls",
          "puzzles",
          "rounds",
          "settings",
        ]),
      );
      expect(db.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBe(
        journal.entries.length,
      );
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });

  it("reopens an existing file with its data, without applying migrations again", () => {
    const path = freshPath();
    const first = openStore(path);
    first.createIteration({ model: "base" });
    first.createRound({ iterationId: 0, model: "base", config: CONFIG });
    first.insertPuzzles([
      { hash: "h", source: "s", origin: "generated", roundId: "r-0-1", answerType: "number" },
    ]);
    first.setCurrentIteration(0);
    first.close();

    const again = openStore(path);
    expect(again.listIterations()).toHaveLength(1);
    expect(again.currentIteration()?.id).toBe(0);
    expect(again.getRound("r-0-1")?.config).toEqual(CONFIG);
    expect(again.getPuzzleByHash("h")?.source).toBe("s");
    again.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBe(
      journal.entries.length,
    );
    db.close();
  });

  it("keeps its dataset id across opens, and a new file at a deleted file's path gets a new one", () => {
    const path = freshPath();
    const first = openStore(path);
    const id = first.datasetId;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    const beside = openStore(path);
    expect(beside.datasetId).toBe(id);
    first.close();
    beside.close();
    expect(openStore(path).datasetId).toBe(id);
    for (const store of open.splice(0)) store.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
    expect(openStore(path).datasetId).not.toBe(id);
  });

  it("shows committed data to a second connection while the first stays open", () => {
    const path = freshPath();
    const writer = openStore(path);
    const reader = openStore(path);
    expect(reader.listIterations()).toEqual([]);
    writer.createIteration({ model: "base" });
    writer.createRound({ iterationId: 0, model: "base", config: CONFIG });
    expect(reader.listIterations().map((i) => i.model)).toEqual(["base"]);
    expect(reader.listRounds({ iteration: 0 }).map((r) => r.id)).toEqual(["r-0-1"]);
    // The reader writes too, and the first connection sees it: one file, two connections.
    reader.setRoundStatus("r-0-1", "running");
    expect(writer.getRound("r-0-1")?.status).toBe("running");
  });

  it("shows committed data to another process", () => {
    const path = freshPath();
    const store = openStore(path);
    store.createIteration({ model: "base" });
    store.createRound({ iterationId: 0, model: "base", config: CONFIG });
    store.insertPuzzles([
      { hash: "a", source: "s", origin: "generated", roundId: "r-0-1", answerType: "number" },
      { hash: "b", source: "s", origin: "seed", answerType: "string" },
    ]);
    const out = inOtherProcess(`
      import Database from "better-sqlite3";
      const db = new Database(${JSON.stringify(path)}, { readonly: true });
      console.log(JSON.stringify(db.prepare("select origin, count(*) as n from puzzles group by origin order by origin").all()));
    `);
    expect(JSON.parse(out)).toEqual([
      { origin: "generated", n: 1 },
      { origin: "seed", n: 1 },
    ]);
  });

  it("lets several processes open one fresh file at once", async () => {
    const path = freshPath();
    const script = `
      import { openSqliteStore } from "@puzzleloop/store";
      const store = openSqliteStore({ path: ${JSON.stringify(path)} });
      store.createIteration({ id: 0, model: "base" });
      store.close();
    `;
    const runs = Array.from(
      { length: 4 },
      () =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
            cwd: packageDir,
          });
          let stderr = "";
          child.stderr.on("data", (chunk) => {
            stderr += chunk;
          });
          child.on("close", (code) => done({ code, stderr }));
        }),
    );
    for (const run of await Promise.all(runs)) expect(run).toEqual({ code: 0, stderr: "" });
    const store = openStore(path);
    expect(store.listIterations()).toHaveLength(1);
  });

  it("streams from its own connection, closed when the stream ends or the store closes", () => {
    const path = freshPath();
    const store = openStore(path);
    store.createIteration({ model: "base" });
    store.createRound({ iterationId: 0, model: "base", config: CONFIG });
    const [outcome] = store.insertPuzzles([
      { hash: "a", source: "s", origin: "generated", roundId: "r-0-1", answerType: "number" },
    ]);
    const id = outcome!.id;
    store.insertAttempts(
      ["x", "y"].map((solution) => ({
        puzzleId: id,
        roundId: "r-0-1",
        solution,
        solutionHash: solution,
        status: "verified" as const,
        model: "base",
      })),
    );
    // A stream sees the snapshot it started on, not rows committed while it is open.
    const stream = store.verifiedPairs({ iteration: 0 });
    expect(stream.next().value?.solution).toBe("x");
    store.insertAttempts([
      { puzzleId: id, roundId: "r-0-1", solution: "z", solutionHash: "z", status: "verified", model: "base" },
    ]);
    expect([...{ [Symbol.iterator]: () => stream }].map((p) => p.solution)).toEqual(["y"]);
    expect([...store.verifiedPairs({ iteration: 0 })]).toHaveLength(3);

    const abandoned = store.verifiedPairs({ iteration: 0 });
    abandoned.next();
    store.close();
    expect(() => store.listIterations()).toThrow();
    store.close();
  });

  it("stamps rows with the clock it is given", () => {
    let now = 1_000;
    const store = openStore(freshPath(), () => now);
    expect(store.createIteration({ model: "base" }).createdAt).toBe(1_000);
    now = 2_000;
    expect(store.createRound({ iterationId: 0, model: "base", config: CONFIG }).createdAt).toBe(2_000);
    now = 3_000;
    expect(store.setRoundStatus("r-0-1", "running").startedAt).toBe(3_000);
    now = 4_000;
    expect(store.setRoundStatus("r-0-1", "done").finishedAt).toBe(4_000);
    const [outcome] = store.insertPuzzles([{ hash: "a", source: "s", origin: "seed", answerType: "number" }]);
    expect(store.getPuzzle(outcome!.id)?.createdAt).toBe(4_000);
    expect(store.createIteration({ model: "tuned", parent: 0, createdAt: 5 }).createdAt).toBe(5);
  });

  it("opens PUZZLELOOP_DB when no path is given", () => {
    const path = freshPath();
    const previous = process.env.PUZZLELOOP_DB;
    process.env.PUZZLELOOP_DB = path;
    try {
      const store = openStore();
      expect(store.path).toBe(path);
      expect(existsSync(path)).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.PUZZLELOOP_DB;
      else process.env.PUZZLELOOP_DB = previous;
    }
  });
});

describe("resolveDbPath", () => {
  it("defaults to .puzzleloop/puzzleloop.db under the working directory", () => {
    expect(resolveDbPath({}, "/srv/loop")).toBe("/srv/loop/.puzzleloop/puzzleloop.db");
    expect(resolveDbPath({ PUZZLELOOP_DB: "  " }, "/srv/loop")).toBe("/srv/loop/.puzzleloop/puzzleloop.db");
  });

  it("takes PUZZLELOOP_DB, relative to the working directory", () => {
    expect(resolveDbPath({ PUZZLELOOP_DB: "/data/p.db" }, "/srv/loop")).toBe("/data/p.db");
    expect(resolveDbPath({ PUZZLELOOP_DB: "data/p.db" }, "/srv/loop")).toBe("/srv/loop/data/p.db");
  });
});
