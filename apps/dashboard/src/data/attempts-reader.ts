/**
 * Reads the attempts at one puzzle, which the store's API does not list, on a read-only connection
 * of the dashboard's own: nothing here can write the database the persist stage owns.
 */
import { attempts } from "@puzzleloop/store";
import Database from "better-sqlite3";
import { asc, eq } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import type { AttemptView } from "./views.ts";

export class AttemptsReader {
  private readonly sqlite: Database.Database;
  private readonly db: BetterSQLite3Database;

  constructor(path: string) {
    this.sqlite = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
    this.db = drizzle(this.sqlite);
  }

  /** Every attempt at the puzzle, oldest first. */
  ofPuzzle(puzzleId: number): AttemptView[] {
    return this.db
      .select({
        id: attempts.id,
        status: attempts.status,
        solution: attempts.solution,
        answer: attempts.answer,
        error: attempts.error,
        solveMs: attempts.solveMs,
        checkMs: attempts.checkMs,
        model: attempts.model,
        createdAt: attempts.createdAt,
      })
      .from(attempts)
      .where(eq(attempts.puzzleId, puzzleId))
      .orderBy(asc(attempts.id))
      .all();
  }

  close(): void {
    this.sqlite.close();
  }
}
