/** Runs the CLI as a user does (its bin, in a scratch folder) against a Redis of the test's own. */
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";

export const BIN = new URL("../bin/puzzleloop.js", import.meta.url).pathname;

export interface Scratch {
  dir: string;
  redis: PrivateRedis;
  /** Keys the loop has in the test's Redis: none means nothing was queued. */
  keys(): Promise<string[]>;
  close(): Promise<void>;
}

export async function scratch(name: string): Promise<Scratch> {
  const dir = mkdtempSync(join(tmpdir(), `puzzleloop-${name}-`));
  const redis = await startPrivateRedis(join(dir, "state"));
  const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  return {
    dir,
    redis,
    keys: () => client.keys("puzzleloop:*"),
    async close() {
      client.disconnect();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /**
   * Run without the power to override file permissions, as a user other than root is: as root, the
   * CLI runs under `setpriv` with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped. Staying root keeps
   * the checkout readable wherever it was cloned (a folder only root may enter, say).
   */
  unprivileged?: boolean;
  input?: string;
  timeoutMs?: number;
}

/** The environment of a user's shell, less what would change what the CLI finds. */
function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const key of ["REDIS_URL", "PUZZLELOOP_DB", "HF_TOKEN", "PUZZLELOOP_DEBUG"]) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs the CLI to its end; spawnSync returns only then, so a command that hangs fails its test. */
export function cli(args: string[], options: RunOptions): SpawnSyncReturns<string> {
  const command = [process.execPath, BIN, ...args];
  if (options.unprivileged && process.getuid?.() === 0) {
    command.unshift("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--");
  }
  return spawnSync(command[0] as string, command.slice(1), {
    cwd: options.cwd,
    env: environment(options.env),
    encoding: "utf8",
    timeout: options.timeoutMs ?? 60_000,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
}

export interface Running {
  /** Resolves with everything printed so far once `pattern` appears in stdout or stderr. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends `signal` and resolves with the exit status and the whole output. */
  stop(signal?: NodeJS.Signals): Promise<{ status: number | null; stdout: string; stderr: string }>;
  done: Promise<{ status: number | null; stdout: string; stderr: string }>;
}

/** Starts the CLI in the background, for commands that wait (watch, --wait). */
export function start(args: string[], options: RunOptions): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: environment(options.env) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr })),
  );
  return {
    done,
    async waitFor(pattern, timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(stdout + stderr)) {
        if (Date.now() > until || child.exitCode !== null) {
          throw new Error(`no ${pattern} in:\n${stdout}\n${stderr}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return stdout + stderr;
    },
    async stop(signal = "SIGINT") {
      child.kill(signal);
      return done;
    },
  };
}

/** Runs the CLI to its end without blocking this process (which may be serving the model it calls). */
export async function cliAsync(
  args: string[],
  options: RunOptions,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const running = start(args, options);
  const timer = setTimeout(() => void running.stop("SIGKILL"), options.timeoutMs ?? 60_000);
  try {
    return await running.done;
  } finally {
    clearTimeout(timer);
  }
}

/** A loopback port with nothing listening: a model URL there is dead. */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** A fingerprint of a folder's files (names, sizes, contents): equal before and after means nothing was written. */
export function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  const walk = (at: string) => {
    if (!existsSync(at)) return;
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      if (entry.name === "state") continue;
      hash.update(path);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(String(statSync(path).size)).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

/** The one line a failing command prints: stderr must hold exactly one line. */
export function oneLine(result: SpawnSyncReturns<string>): string {
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${result.stderr}`);
  return lines[0]!;
}
