/**
 * `puzzleloop dashboard` as a user runs it: refusals are one line with nothing opened, and a
 * dashboard serves its pages until Ctrl-C. (Its pages are tested in apps/dashboard, in a browser by
 * `npm run test:browser`.)
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, closedPort, fingerprint, oneLine, type Scratch, scratch, start } from "./harness.ts";

let s: Scratch;
let db: string;
let env: Record<string, string>;
const TOKEN = "cli-token-0123456789";

beforeAll(async () => {
  s = await scratch("dashboard");
  db = join(s.dir, "db.sqlite");
  env = { REDIS_URL: s.redis.url };
  expect(cli(["iteration", "new", "--model", "builtin", "--db", db], { cwd: s.dir }).status).toBe(0);
});

afterAll(async () => {
  await s.close();
});

describe("refusals", () => {
  it("an address other machines reach, without a token, before anything is opened", () => {
    const before = fingerprint(s.dir);
    const result = cli(["dashboard", "--host", "0.0.0.0", "--db", join(s.dir, "missing.sqlite")], {
      cwd: s.dir,
      env,
    });
    expect(result.status).toBe(2);
    expect(oneLine(result)).toBe(
      "puzzleloop: the dashboard would listen on 0.0.0.0, which other machines can reach, without a token: set PUZZLELOOP_DASHBOARD_TOKEN (or --token), or keep --host 127.0.0.1",
    );
    expect(fingerprint(s.dir)).toBe(before);
  });

  it("a token short enough to guess, from the flag or the environment", () => {
    for (const [args, extra] of [
      [["--token", "short"], {}],
      [[], { PUZZLELOOP_DASHBOARD_TOKEN: "short" }],
    ] as const) {
      const result = cli(["dashboard", "--db", db, ...args], { cwd: s.dir, env: { ...env, ...extra } });
      expect(result.status).toBe(2);
      expect(oneLine(result)).toMatch(
        /^puzzleloop: the dashboard token has 5 characters: give one of at least 16/,
      );
    }
  });

  it("a port out of range, a database that is not there, a Redis that does not answer", async () => {
    const port = cli(["dashboard", "--port", "65536", "--db", db], { cwd: s.dir, env });
    expect(port.status).toBe(2);
    expect(oneLine(port)).toBe('puzzleloop: --port must be a whole number from 0 to 65535, got "65536"');
    const missing = cli(["dashboard", "--db", join(s.dir, "none.sqlite")], { cwd: s.dir, env });
    expect(missing.status).toBe(2);
    expect(oneLine(missing)).toMatch(
      /cannot use the database .*none\.sqlite: there is no database there yet/,
    );
    const dead = `redis://127.0.0.1:${await closedPort()}`;
    const noRedis = cli(["dashboard", "--db", db], { cwd: s.dir, env: { REDIS_URL: dead } });
    expect(noRedis.status).toBe(2);
    expect(oneLine(noRedis)).toMatch(
      new RegExp(`^puzzleloop: no Redis answers at ${dead} \\(from REDIS_URL\\)`),
    );
  });
});

describe("serving", () => {
  it("serves the pages until Ctrl-C, read-only without a token", async () => {
    const running = start(["dashboard", "--port", "0", "--db", db], { cwd: s.dir, env });
    const said = await running.waitFor(/dashboard at (http:\/\/127\.0\.0\.1:\d+\/)/);
    const url = /dashboard at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(said)?.[1] as string;
    expect(said).toContain("read-only: set PUZZLELOOP_DASHBOARD_TOKEN to cancel or retry from it");
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("No rounds yet");
    expect((await fetch(new URL("/iterations", url))).status).toBe(200);
    const end = await running.stop("SIGINT");
    expect(end.status).toBe(0);
    expect(end.stderr).toContain("Stopping the dashboard.");
  });

  it("takes the token from the environment, and says when the port is taken", async () => {
    const first = start(["dashboard", "--port", "0", "--db", db], {
      cwd: s.dir,
      env: { ...env, PUZZLELOOP_DASHBOARD_TOKEN: TOKEN },
    });
    const said = await first.waitFor(/dashboard at http:\/\/127\.0\.0\.1:(\d+)\//);
    expect(said).toContain("actions need the token");
    const port = /127\.0\.0\.1:(\d+)\//.exec(said)?.[1] as string;
    try {
      const second = cli(["dashboard", "--port", port, "--db", db], { cwd: s.dir, env });
      expect(second.status).toBe(2);
      expect(oneLine(second)).toBe(
        `puzzleloop: port ${port} on 127.0.0.1 is in use: pass --port with another (0 takes a free one)`,
      );
    } finally {
      expect((await first.stop("SIGTERM")).status).toBe(0);
    }
  });
});
