import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueBoard } from "./index.ts";

const TOKEN = "a-token-of-twenty-chars";
let dir: string;
let redis: PrivateRedis;
let connection: Redis;
let queue: Queue;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-board-"));
  redis = await startPrivateRedis(join(dir, "redis"));
  connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  queue = new Queue("solve", { connection, prefix: "puzzleloop" });
  await queue.add("solve", { round: "r-0-1" });
});

afterAll(async () => {
  await queue?.close();
  connection?.disconnect();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const board = (token: string | undefined) =>
  queueBoard([queue], { basePath: "/", token, homeUrl: "/dashboard" });

describe("queue board", () => {
  it("serves bull-board's page without its web font, under a policy that loads nothing from elsewhere", async () => {
    const res = await board(undefined).request("/");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain("fonts.googleapis.com");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });

  it("shows the queue, read-only without a token", async () => {
    const app = board(undefined);
    const api = (await (await app.request("/api/queues")).json()) as {
      queues: { name: string; readOnlyMode: boolean }[];
    };
    const solve = api.queues.find((q) => q.name === "solve");
    expect(solve?.readOnlyMode).toBe(true);
    expect((await app.request("/api/queues/solve/pause", { method: "PUT" })).status).toBe(403);
    expect(await queue.isPaused()).toBe(false);
  });

  it("acts on the queues with the token", async () => {
    const app = board(TOKEN);
    expect((await app.request("/api/queues/solve/pause", { method: "PUT" })).status).toBe(401);
    expect(await queue.isPaused()).toBe(false);
    const auth = { authorization: `Basic ${Buffer.from(`me:${TOKEN}`).toString("base64")}` };
    const paused = await app.request("/api/queues/solve/pause", { method: "PUT", headers: auth });
    expect(paused.status).toBeLessThan(300);
    expect(await queue.isPaused()).toBe(true);
  });
});
