/** The name of a database in Redis: rounds that write to the same file share its persist queue and duplicate guard. */
import { sha256 } from "@puzzleloop/core";

/** A short, stable name for the database at `path` (absolute, or `:memory:`). */
export function datasetName(path: string): string {
  return sha256(path).slice(0, 16);
}
