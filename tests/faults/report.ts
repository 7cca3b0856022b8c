/** Collects what each fault test measured (time to end, counts) and prints it as one table at the end. */
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FaultOutcome {
  /** The fault's number in the issue, and what was done. */
  fault: string;
  /** Seconds from the fault to the round's end (its status in SQLite no longer running). */
  endS: number;
  /** The bound the test holds it to, in seconds. */
  boundS: number;
  /** What the round ended as, and its counts as SQLite records them. */
  status: string;
  counts: string;
}

const REPORT_ENV = "PUZZLELOOP_FAULT_REPORT";

/** Called by a test: adds one row to this run's table. */
export function recordOutcome(outcome: FaultOutcome): void {
  const file = process.env[REPORT_ENV];
  if (file !== undefined) appendFileSync(file, `${JSON.stringify(outcome)}\n`);
}

/** vitest global setup: makes the run's report file; the teardown prints the table and, when asked, writes it. */
export default function setup(): () => void {
  const file = join(tmpdir(), `puzzleloop-faults-${process.pid}.jsonl`);
  writeFileSync(file, "");
  process.env[REPORT_ENV] = file;
  return () => {
    if (!existsSync(file)) return;
    const rows = readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as FaultOutcome)
      .sort((a, b) => a.fault.localeCompare(b.fault, "en", { numeric: true }));
    rmSync(file, { force: true });
    const table = [
      "| fault | ended | time to end | bound | counts (SQLite) |",
      "| --- | --- | --- | --- | --- |",
      ...rows.map(
        (r) => `| ${r.fault} | ${r.status} | ${r.endS.toFixed(1)} s | ${r.boundS} s | ${r.counts} |`,
      ),
    ].join("\n");
    process.stdout.write(`\nFault suite outcomes:\n${table}\n`);
    const out = process.env.PUZZLELOOP_FAULT_TABLE;
    if (out) writeFileSync(out, `${table}\n`);
  };
}
