/** Running the CLI as a real child process, and waiting on a round's live state, for the loop tests. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type RoundSnapshot, snapshotRound } from "@puzzleloop/pipeline";
import type { Redis } from "ioredis";

export const CLI_BIN = fileURLToPath(new URL("../../../apps/cli/bin/puzzleloop.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `puzzleloop ARGS` to its end with `env` added to this process's environment. */
export function runCli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`puzzleloop ${args.join(" ")} took over ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A `puzzleloop worker` process, in its own process group so that a kill takes its sandbox children too. */
export class WorkerProcess {
  readonly child: ChildProcess;
  output = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, [CLI_BIN, "worker", ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.setEncoding("utf8").on("data", (chunk: string) => {
        this.output += chunk;
      });
    }
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => resolve({ code, signal }));
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends `signal` to the worker's whole process group, as a crashed machine would lose all of it. */
  killGroup(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined || !this.running) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  }

  /** Asks the worker to finish its jobs and stop; kills the group when it does not within `timeoutMs`. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (!this.running) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.killGroup("SIGKILL"), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs` naming `what`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The round's snapshot once its status is `done`; fails early if it ends any other way. */
export async function waitForRound(redis: Redis, round: string, timeoutMs: number): Promise<RoundSnapshot> {
  let last: RoundSnapshot | undefined;
  try {
    return await waitFor(
      `round ${round} to finish`,
      async () => {
        last = await snapshotRound(redis, round);
        if (last?.status === "failed" || last?.status === "cancelled")
          throw new Error(`round ${round} ended ${last.status}`);
        return last?.status === "done" ? last : undefined;
      },
      timeoutMs,
      100,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last snapshot: ${JSON.stringify(last)}`);
  }
}
