/** A private redis-server under `.puzzleloop/`, for when no Redis answers and one is installed. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { pingRedis } from "@puzzleloop/pipeline/redis";

export class NoRedisError extends Error {
  override name = "NoRedisError";
}

export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
}

/** True when `redis-server` is on the PATH. */
export function redisServerInstalled(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * redis-server runs under a small shell that holds the read end of a pipe whose write end only this
 * process has. However this process ends (`stop()`, exit, or SIGKILL), the kernel closes that end;
 * the shell then reads end-of-file and stops the server. Nothing is left running for nobody.
 */
const TIED_TO_OWNER =
  'redis-server "$@" </dev/null >/dev/null 2>&1 & server=$!; cat >/dev/null; kill "$server" 2>/dev/null; wait "$server"';

/**
 * Starts redis-server on a free loopback port with its files in `dir` (no snapshots: the state of
 * one run), with `noeviction` as BullMQ requires. Stopped by `stop()` or when this process ends in
 * any way, SIGKILL included.
 */
export async function startPrivateRedis(dir = ".puzzleloop"): Promise<PrivateRedis> {
  if (!redisServerInstalled()) {
    throw new NoRedisError(
      "no Redis answers and redis-server is not installed: run `docker compose up -d redis`, or set REDIS_URL",
    );
  }
  const home = resolve(dir, "redis");
  mkdirSync(home, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(
    "sh",
    [
      "-c",
      TIED_TO_OWNER,
      "redis-owner",
      "--bind",
      "127.0.0.1",
      "--port",
      String(port),
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      home,
      "--maxmemory-policy",
      "noeviction",
      "--logfile",
      join(home, "redis.log"),
    ],
    { stdio: ["pipe", "ignore", "ignore"] },
  );
  const stopServer = () => child.stdin?.end();
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await pingRedis(url, 200)) {
      return {
        url,
        async stop() {
          if (child.exitCode !== null) return;
          await new Promise<void>((done) => {
            child.once("exit", () => done());
            stopServer();
          });
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  stopServer();
  throw new NoRedisError(
    `redis-server did not start (see ${join(home, "redis.log")}): run \`docker compose up -d redis\`, or set REDIS_URL`,
  );
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? done(address.port) : fail(new Error("no port")),
      );
    });
  });
}
