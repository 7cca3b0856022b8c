/** Resident memory of a process, read from /proc: what a sandbox process really holds, heap or not. */
import { readFileSync } from "node:fs";

const PAGE_BYTES = 4096;

/** Resident set size of `pid` in MiB, or undefined where /proc does not say (not Linux, process gone). */
export function residentMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // statm: size resident shared text lib data dt, in pages.
    const resident = Number(readFileSync(`/proc/${pid}/statm`, "latin1").split(" ")[1]);
    return Number.isFinite(resident) ? (resident * PAGE_BYTES) / (1024 * 1024) : undefined;
  } catch {
    return undefined;
  }
}
