/** Where the database lives when no path is given: `PUZZLELOOP_DB`, else `.puzzleloop/puzzleloop.db` here. */
import { resolve } from "node:path";

export const DEFAULT_DB_DIR = ".puzzleloop";
export const DEFAULT_DB_FILE = "puzzleloop.db";

/** The database path from the environment, else the default under `cwd`; always absolute. */
export function resolveDbPath(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env.PUZZLELOOP_DB?.trim();
  return resolve(cwd, fromEnv ? fromEnv : `${DEFAULT_DB_DIR}/${DEFAULT_DB_FILE}`);
}
