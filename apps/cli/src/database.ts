/**
 * Opening the database, checked first: a path that cannot be a database (a folder, another kind of
 * file, a read-only file or folder) is one line naming the path and the fix, before anything connects.
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { openSqliteStore, resolveDbPath, type SqliteStore } from "@puzzleloop/store";
import { InputError } from "./errors.ts";

/** The database path: `--db`, else `PUZZLELOOP_DB`, else `.puzzleloop/puzzleloop.db`; always absolute. */
export function databasePath(db: string | undefined): string {
  return db === undefined ? resolveDbPath() : resolve(db);
}

const FIX = "pass --db PATH (or set PUZZLELOOP_DB) to a database file you can write";

/** A database that cannot be used as asked. */
export class DatabaseError extends InputError {
  constructor(
    readonly path: string,
    why: string,
    fix: string = FIX,
  ) {
    super(`cannot use the database ${path}: ${why}; ${fix}`);
    this.name = "DatabaseError";
  }
}

const SQLITE_HEADER = "SQLite format 3\0";

function stat(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function header(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("latin1");
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that `path` can be opened as a database for writing, without creating anything. With
 * `mustExist`, a missing file is an error too (commands that only read what rounds wrote).
 */
export function checkDatabase(path: string, mustExist: boolean): void {
  const found = stat(path);
  if (found?.isDirectory()) throw new DatabaseError(path, "it is a folder");
  if (found !== undefined) {
    if (!found.isFile()) throw new DatabaseError(path, "it is not a regular file");
    let start: string;
    try {
      start = header(path);
    } catch {
      throw new DatabaseError(path, "it cannot be read");
    }
    if (start.length > 0 && start !== SQLITE_HEADER) {
      throw new DatabaseError(path, "it is not a SQLite database (another kind of file is there)");
    }
    if (!writable(path)) throw new DatabaseError(path, "the file is read-only");
    // SQLite keeps its journal (-wal, -shm) beside the file: the folder must take new files.
    if (!writable(dirname(path))) throw new DatabaseError(path, `its folder ${dirname(path)} is read-only`);
    return;
  }
  if (mustExist) {
    throw new DatabaseError(
      path,
      "there is no database there yet",
      "start with `puzzleloop run` (or `round start`), or pass --db PATH (or set PUZZLELOOP_DB) to an existing one",
    );
  }
  // The nearest folder that exists must take the new file (and any folders missing on the way).
  let dir = dirname(path);
  while (stat(dir) === undefined && dirname(dir) !== dir) dir = dirname(dir);
  const folder = stat(dir);
  if (folder !== undefined && !folder.isDirectory()) throw new DatabaseError(path, `${dir} is not a folder`);
  if (!writable(dir)) throw new DatabaseError(path, `the folder ${dir} is read-only`);
}

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_NOTADB: "it is not a SQLite database",
  SQLITE_CORRUPT: "the database is damaged",
  SQLITE_CANTOPEN: "it cannot be opened",
  SQLITE_READONLY: "it is read-only",
  SQLITE_PERM: "it is read-only",
  SQLITE_BUSY: "another process holds it locked",
  SQLITE_FULL: "the disk is full",
};

/**
 * Checks, then opens (creating and migrating when needed) the database at `path`. `busyTimeoutMs` is
 * how long one statement blocks on another process's lock (the persist stage waits longer without
 * blocking, see the loop's DatabaseWait).
 */
export function openDatabase(
  path: string,
  options: { mustExist?: boolean; busyTimeoutMs?: number } = {},
): SqliteStore {
  checkDatabase(path, options.mustExist === true);
  try {
    return openSqliteStore({
      path,
      ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const reason = SQLITE_REASONS[code] ?? SQLITE_REASONS[code.replace(/_[A-Z]+$/, "")];
    if (reason !== undefined) throw new DatabaseError(path, `${reason} (${code})`);
    throw error;
  }
}
