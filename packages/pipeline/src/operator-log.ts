/** Where the loop's one-line reports to the operator go: stderr, unless the program routes them elsewhere. */

let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

/** Says one line to the operator (a Redis outage, a locked database, a round whose Redis state is gone). */
export function reportLine(line: string): void {
  sink(line);
}

/** Routes every later report through `log` (a program's own logger). */
export function setOperatorLog(log: (line: string) => void): void {
  sink = log;
}
