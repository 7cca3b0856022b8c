/** The main job as a newcomer runs it: `puzzleloop run` finishes, exports, and exits on its own. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = new URL("../bin/puzzleloop.js", import.meta.url).pathname;
let dir: string;
let redis: PrivateRedis;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-run-"));
  redis = await startPrivateRedis(join(dir, "state"));
});

afterAll(async () => {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string>) {
  // spawnSync returns only when the process exits: a command that hangs after its work fails here.
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
}

describe("puzzleloop run", () => {
  it("runs a round with the built-in model, exports it and exits 0", () => {
    const out = join(dir, "exports");
    const result = cli(
      ["run", "--puzzles", "8", "--attempts", "2", "--db", join(dir, "db.sqlite"), "--out", out],
      {
        REDIS_URL: redis.url,
      },
    );
    expect(result.signal).toBeNull();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`to ${join(out, "iteration-0")}`);
    const manifest = JSON.parse(readFileSync(join(out, "iteration-0", "manifest.json"), "utf8"));
    const lines = readFileSync(join(out, "iteration-0", "train.jsonl"), "utf8")
      .trim()
      .split("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(manifest.counts.lines ?? lines.length).toBe(lines.length);
  }, 300_000);

  it("exits 2 naming docker compose when the Redis it was told to use does not answer", () => {
    const result = cli(["run", "--puzzles", "1", "--attempts", "1", "--db", join(dir, "none.sqlite")], {
      REDIS_URL: "redis://127.0.0.1:1",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no Redis answers at redis:\/\/127\.0\.0\.1:1.*docker compose up -d redis/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "none.sqlite"))).toBe(false);
  });
});
