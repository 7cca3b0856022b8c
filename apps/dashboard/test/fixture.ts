/**
 * A world for the dashboard's tests, made the way a user makes one: the CLI runs rounds against the
 * scripted OpenAI-compatible server (over real HTTP) with a Redis and a SQLite file of the test's own.
 * The scripted model writes hostile text into its puzzles: `<script>` and `<img onerror>` in the doc
 * comment, in the code and in the verified answer.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChatRequestRecord, reply, ScriptedOpenAiServer, type ScriptedReply } from "@puzzleloop/model";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";

export const CLI_BIN = fileURLToPath(new URL("../../cli/bin/puzzleloop.js", import.meta.url));

/** What a page must show as text, never run: it sets `window.__pwned` if it ever does. */
export const HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>";

/** The words the scripted puzzles repeat; the first is hostile. */
const WORDS = [HOSTILE, "ab", "xyz", "cd", "pq", "mn", "uv", "gh", "rs", "kl", "ef", "ij"];

function puzzle(k: number): string {
  const word = WORDS[k % WORDS.length]!;
  const n = 2 + Math.floor(k / WORDS.length);
  return [
    "Here is a new puzzle:",
    "```ts",
    `/** Find a string made of ${n} copies of "${word}". */`,
    `export function sat(s: string, n = ${n}): boolean {`,
    `  return s === ${JSON.stringify(word)}.repeat(n);`,
    "}",
    "```",
  ].join("\n");
}

/** The solution of the puzzle in a solving prompt; every third one wrong, so that statuses differ. */
function solution(prompt: string, k: number): string {
  const target = prompt.split("Now solve this puzzle:")[1] ?? "";
  const word = /return s === ("(?:[^"\\]|\\.)*")\.repeat\(n\)/.exec(target)?.[1] ?? '""';
  const n = /n = (\d+)/.exec(target)?.[1] ?? "1";
  const wrong = k % 3 === 2;
  return [
    "```ts",
    `export function sol(n = ${n}): string {`,
    `  return ${word}.repeat(${wrong ? "n + 1" : "n"});`,
    "}",
    "```",
  ].join("\n");
}

export interface ModelOptions {
  /** Wait before each solving answer, in ms, so that a round takes a while. */
  solveDelayMs?: number;
  /** Answer every solving request with this HTTP error status instead. */
  solveStatus?: number;
}

/** The scripted model: distinct puzzles for every generation request, solutions for every solving one. */
export function scriptedModel(options: ModelOptions = {}): ScriptedOpenAiServer {
  let puzzles = 0;
  let solutions = 0;
  const responder = (request: ChatRequestRecord): ScriptedReply => {
    const last = request.messages.at(-1)?.content ?? "";
    if (last.includes("Now solve this puzzle:")) {
      if (options.solveStatus !== undefined) return reply.status(options.solveStatus);
      const contents = Array.from({ length: request.n }, () => solution(last, solutions++));
      return reply.completion(contents, { delayMs: options.solveDelayMs ?? 0 });
    }
    return reply.completion(Array.from({ length: request.n }, () => puzzle(puzzles++)));
  };
  return new ScriptedOpenAiServer({ responder });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface World {
  dir: string;
  db: string;
  redis: PrivateRedis;
  model: ScriptedOpenAiServer;
  env: Record<string, string>;
  /** Runs `puzzleloop ARGS` to its end. */
  cli(args: string[], timeoutMs?: number): Promise<CliResult>;
  /** Starts `puzzleloop ARGS` in the background. */
  start(args: string[]): Background;
  close(): Promise<void>;
}

export interface Background {
  child: ChildProcess;
  output(): string;
  /** Resolves with the output once `pattern` is in it. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

export async function world(name: string, model: ModelOptions = {}): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), `puzzleloop-${name}-`));
  const redis = await startPrivateRedis(join(dir, "redis"));
  const server = scriptedModel(model);
  await server.start();
  const db = join(dir, "db.sqlite");
  const env = { REDIS_URL: redis.url, PUZZLELOOP_DB: db };
  const children = new Set<ChildProcess>();
  const spawnCli = (args: string[]) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      cwd: dir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    child.once("close", () => children.delete(child));
    const out = { stdout: "", stderr: "", both: "" };
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out.stdout += chunk;
      out.both += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      out.stderr += chunk;
      out.both += chunk;
    });
    return { child, out };
  };
  return {
    dir,
    db,
    redis,
    model: server,
    env,
    cli(args, timeoutMs = 120_000) {
      const { child, out } = spawnCli(args);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          reject(new Error(`puzzleloop ${args.join(" ")} took over ${timeoutMs} ms:\n${out.both}`));
        }, timeoutMs);
        child.once("close", (code) => {
          clearTimeout(timer);
          resolve({ code, stdout: out.stdout, stderr: out.stderr });
        });
      });
    },
    start(args) {
      const { child, out } = spawnCli(args);
      const output = () => out.both;
      return {
        child,
        output,
        async waitFor(pattern, timeoutMs = 60_000) {
          const until = Date.now() + timeoutMs;
          while (!pattern.test(output())) {
            if (Date.now() > until || child.exitCode !== null) {
              throw new Error(`no ${pattern} in the output of puzzleloop ${args.join(" ")}:\n${output()}`);
            }
            await new Promise((r) => setTimeout(r, 50));
          }
          return output();
        },
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const closed = new Promise((r) => child.once("close", r));
          child.kill("SIGINT");
          const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
          await closed;
          clearTimeout(timer);
        },
      };
    },
    async close() {
      for (const child of children) child.kill("SIGKILL");
      await server.stop();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The arguments of a round of `puzzles` puzzles against the world's scripted model. */
export function roundArgs(w: World, puzzles: number, attempts: number): string[] {
  return [
    "round",
    "start",
    "--model",
    w.model.url,
    "--puzzles",
    String(puzzles),
    "--attempts",
    String(attempts),
    "--no-check",
  ];
}
