import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type SqliteStore } from "@puzzleloop/store";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DatabaseLockedError, DatabaseWait } from "./database-wait.ts";

let dir: string;
let store: SqliteStore;
let locker: Database.Database;
let lines: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-dbwait-"));
  store = openSqliteStore({ path: join(dir, "db.sqlite"), busyTimeoutMs: 20 });
  locker = new Database(join(dir, "db.sqlite"));
  lines = [];
});

afterEach(() => {
  if (locker.inTransaction) locker.exec("ROLLBACK");
  locker.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const write = () => store.createIteration({ model: "builtin" }).id;

describe("DatabaseWait", () => {
  it("waits out a lock shorter than its limit, without blocking, and says so once each way", async () => {
    const wait = new DatabaseWait({ maxWaitMs: 5000, firstDelayMs: 20 }, (line) => lines.push(line));
    locker.exec("BEGIN EXCLUSIVE");
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    setTimeout(() => locker.exec("COMMIT"), 400);
    const id = await wait.write(store.path, write);
    clearInterval(ticker);
    expect(id).toBe(0);
    // The process kept running while it waited.
    expect(ticks).toBeGreaterThan(5);
    expect(lines).toEqual([
      expect.stringMatching(/locked by another process; the persist stage waits up to 5 s$/),
      expect.stringMatching(/writable again after 0\.\d s$/),
    ]);
  });

  it("fails for good past its limit, writing nothing, then fails at once until a write goes through", async () => {
    const wait = new DatabaseWait({ maxWaitMs: 200, firstDelayMs: 20 }, (line) => lines.push(line));
    locker.exec("BEGIN EXCLUSIVE");
    const started = Date.now();
    await expect(wait.write(store.path, write)).rejects.toBeInstanceOf(DatabaseLockedError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    const again = Date.now();
    await expect(wait.write(store.path, write)).rejects.toThrow(
      "stayed locked by another process for over 0.2 s",
    );
    expect(Date.now() - again).toBeLessThan(150);
    locker.exec("ROLLBACK");
    expect(store.listIterations()).toEqual([]);
    expect(await wait.write(store.path, write)).toBe(0);
  });

  it("passes on any other error at once", async () => {
    const wait = new DatabaseWait({}, (line) => lines.push(line));
    await expect(
      wait.write(store.path, () => {
        throw new Error("constraint");
      }),
    ).rejects.toThrow("constraint");
    expect(lines).toEqual([]);
  });
});
