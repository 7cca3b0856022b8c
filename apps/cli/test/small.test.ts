/** The smaller truths: pipes, blank lines, colours, models that answer, evaluations that measured nothing, exports of other databases, worker logs. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { reply, type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, cli, cliAsync, oneLine, type Scratch, scratch, start } from "./harness.ts";

let s: Scratch;
let server: ScriptedOpenAiServer;

beforeAll(async () => {
  s = await scratch("small");
  server = await startOpenAiServer();
});

afterAll(async () => {
  await server.stop();
  await s.close();
});

const PAIR = JSON.stringify({
  puzzle: "export function sat(x: number): boolean { return x === 3; }",
  solution: "export function sol(): number { return 3; }",
});

describe("output", () => {
  it("verify --jsonl into a reader that stops early (`| head`) ends quietly", () => {
    const lines = Array.from({ length: 4000 }, () => "not json").join("\n");
    const result = spawnSync(
      "bash",
      [
        "-c",
        `printf '%s\\n' "$LINES" | "${process.execPath}" "${BIN}" verify --jsonl - | head -1; echo "status \${PIPESTATUS[1]}" >&2`,
      ],
      { cwd: s.dir, env: { ...process.env, LINES: lines }, encoding: "utf8", timeout: 60_000 },
    );
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.stderr).toMatch(/^status [01]\n$/);
  });

  it("a blank JSON line is skipped, not an error", () => {
    const result = cli(["verify", "--jsonl", "-"], { cwd: s.dir, input: `${PAIR}\n\n   \n${PAIR}\n\n` });
    expect(result.status, result.stderr).toBe(0);
    const out = result.stdout.trim().split("\n");
    expect(out).toHaveLength(2);
    for (const line of out) expect(JSON.parse(line)).toMatchObject({ status: "verified", verified: true });
  });

  it("--help into a pipe has no colours, and is the root's without loading a command", () => {
    for (const args of [["--help"], ["run", "--help"], ["round", "start", "--help"]]) {
      const result = cli(args, { cwd: s.dir });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("USAGE");
      expect(result.stdout).not.toContain("\u001b[");
    }
    expect(cli(["--version"], { cwd: s.dir }).stdout).toBe("0.1.0\n");
  });
});

describe("models", () => {
  it("model check of a model that answers: exit 0 after one call", async () => {
    const before = server.requests.length;
    const result = await cliAsync(["model", "check", server.url], { cwd: s.dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^ok: ${server.url.replace(/[.:/]/g, "\\$&")} answered in \\d+ ms\\n$`),
    );
    expect(server.requests.length - before).toBe(1);
    expect(server.requests.at(-1)?.maxTokens).toBe(1);
  });

  it("an evaluation whose model answered no puzzle stores nothing and exits 1", async () => {
    server.responder = () => reply.status(400);
    try {
      const db = join(s.dir, "eval.sqlite");
      const result = await cliAsync(
        ["eval", "--model", server.url, "--attempts", "1", "--no-check", "--db", db],
        {
          cwd: s.dir,
          env: { REDIS_URL: s.redis.url },
          timeoutMs: 240_000,
        },
      );
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toBe("");
      const report = JSON.parse(cli(["report", "--json", "--db", db], { cwd: s.dir }).stdout);
      expect(report.iterations.map((i: { evaluation: unknown }) => i.evaluation)).toEqual([null]);
    } finally {
      server.responder = (await import("@puzzleloop/model")).puzzleResponder;
    }
  }, 300_000);
});

describe("iterations", () => {
  it("iteration new --train refuses an export of another database", () => {
    const a = join(s.dir, "a.sqlite");
    const b = join(s.dir, "b.sqlite");
    const out = join(s.dir, "exports-a");
    expect(cli(["iteration", "new", "--model", "builtin", "--db", a], { cwd: s.dir }).status).toBe(0);
    expect(cli(["iteration", "new", "--model", "builtin", "--db", b], { cwd: s.dir }).status).toBe(0);
    const exported = cli(["export", "--iteration", "0", "--out", out, "--db", a], { cwd: s.dir });
    expect(exported.status, exported.stderr).toBe(0);
    const refused = cli(
      ["iteration", "new", "--model", "builtin", "--train", join(out, "iteration-0"), "--db", b],
      {
        cwd: s.dir,
      },
    );
    expect(refused.status).toBe(2);
    expect(oneLine(refused)).toMatch(
      new RegExp(
        `^puzzleloop: --train ${join(out, "iteration-0")} was exported from another database \\(dataset [0-9a-f]+, this one is [0-9a-f]+\\): pass that database with --db`,
      ),
    );
    const accepted = cli(
      ["iteration", "new", "--model", "builtin", "--train", join(out, "iteration-0"), "--db", a],
      {
        cwd: s.dir,
      },
    );
    expect(accepted.status, accepted.stderr).toBe(0);
  });
});

describe("worker", () => {
  it("--verbose logs each job as a JSON line, and the stop", async () => {
    const db = join(s.dir, "worker.sqlite");
    const worker = start(["worker", "--verbose", "--db", db], {
      cwd: s.dir,
      env: { REDIS_URL: s.redis.url },
    });
    await worker.waitFor(/worker running generate, solve, verify, persist/);
    const round = cli(
      ["round", "start", "--model", "builtin", "--puzzles", "1", "--attempts", "1", "--wait", "--db", db],
      {
        cwd: s.dir,
        env: { REDIS_URL: s.redis.url },
        timeoutMs: 120_000,
      },
    );
    expect(round.status, round.stderr).toBe(0);
    const end = await worker.stop("SIGTERM");
    expect(end.status).toBe(0);
    const logs = end.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { msg: string; stage?: string });
    expect(logs.some((l) => l.msg === "job done" && l.stage === "generate")).toBe(true);
    expect(logs.some((l) => l.msg === "job done" && l.stage === "persist")).toBe(true);
    expect(logs.at(-1)?.msg).toBe("worker stopped");
  }, 180_000);
});
