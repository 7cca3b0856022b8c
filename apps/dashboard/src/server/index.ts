/**
 * The dashboard's HTTP server (Hono): the pages, their event streams, the export files, the actions
 * behind the token, and the queue board; and starting it on an address, refusing one other machines
 * reach without a token.
 */
import { createReadStream, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { createAdaptorServer } from "@hono/node-server";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import { checkBind, isLoopback, loopbackHostsOnly, tokenMatches, tokenOf } from "../access/index.ts";
import { type ActionResult, DashboardData } from "../data/index.ts";
import { ListenError } from "../errors.ts";
import type { Html } from "../html/index.ts";
import { LiveHub, type Regions } from "../live/index.ts";
import {
  iterationsPage,
  messagePage,
  puzzlePage,
  roundLive,
  roundPage,
  roundsLive,
  roundsPage,
} from "../pages/index.ts";
import { queueBoard } from "../queues-board/index.ts";
import { type DashboardOptions, resolveOptions } from "./options.ts";

export { type DashboardOptions, DEFAULT_HOST, DEFAULT_PORT } from "./options.ts";

const ASSETS: Record<string, { type: string; body: string }> = {
  "dashboard.css": {
    type: "text/css; charset=utf-8",
    body: readFileSync(new URL("../assets/dashboard.css", import.meta.url), "utf8"),
  },
  "live.js": {
    type: "text/javascript; charset=utf-8",
    body: readFileSync(new URL("../assets/live.js", import.meta.url), "utf8"),
  },
};

/** Our pages run our one script and nothing else: even text that escaped escaping could not run. */
const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const pageHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.path.startsWith("/queues")) return;
  c.header("Content-Security-Policy", PAGE_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
};

const roundId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const numericId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export interface AppParts {
  data: DashboardData;
  hub: LiveHub;
  token: string | undefined;
  /** Answer only requests addressed to this machine by name (when listening on loopback). */
  loopback: boolean;
}

const toStrings = (regions: Record<string, Html>): Regions =>
  Object.fromEntries(Object.entries(regions).map(([id, html]) => [id, html.toString()]));

/** The dashboard as a Hono app (no listening): what `startDashboard` serves and tests call. */
export function dashboardApp(parts: AppParts): Hono {
  const { data, hub, token } = parts;
  // Paths with and without a trailing slash are one: the queue board lives at /queues and /queues/.
  const app = new Hono({ strict: false });
  const database = data.database;
  if (parts.loopback) app.use("*", loopbackHostsOnly());
  app.use("*", pageHeaders);

  const notFound = (c: Context, what: string) => c.html(messagePage("Not found", what, database), 404);

  app.get("/assets/:name", (c) => {
    const asset = ASSETS[c.req.param("name")];
    if (asset === undefined) return notFound(c, "no such asset");
    return c.body(asset.body, 200, { "Content-Type": asset.type, "Cache-Control": "no-cache" });
  });

  app.get("/", async (c) => c.html(roundsPage(await data.overview())));

  app.get("/rounds/:id", async (c) => {
    const id = roundId.safeParse(c.req.param("id"));
    if (!id.success) return notFound(c, "round ids hold letters, digits, - and _ only");
    const detail = await data.round(id.data);
    if (detail === undefined) return notFound(c, `neither the database nor Redis knows round ${id.data}`);
    return c.html(roundPage(detail, database, { actions: token !== undefined }));
  });

  const action = (run: (id: string) => Promise<ActionResult>) => async (c: Context) => {
    const id = roundId.safeParse(c.req.param("id"));
    if (!id.success) return notFound(c, "round ids hold letters, digits, - and _ only");
    let result: ActionResult;
    let status: 200 | 401 | 403 | 409;
    if (token === undefined) {
      status = 403;
      result = {
        ok: false,
        message: "the dashboard is read-only: start it with a token (PUZZLELOOP_DASHBOARD_TOKEN or --token)",
      };
    } else if (!tokenMatches(token, await tokenOf(c))) {
      status = 401;
      result = { ok: false, message: "the token is missing or wrong: nothing was done" };
    } else {
      result = await run(id.data);
      status = result.ok ? 200 : 409;
    }
    if ((c.req.header("accept") ?? "").includes("application/json")) return c.json(result, status);
    const detail = await data.round(id.data);
    if (detail === undefined) return c.html(messagePage("Round", result.message, database), status);
    return c.html(roundPage(detail, database, { actions: true, notice: result }), status);
  };
  app.post(
    "/rounds/:id/cancel",
    action((id) => data.cancelRound(id)),
  );
  app.post(
    "/rounds/:id/retry",
    action((id) => data.retryFailed(id)),
  );

  app.get("/puzzles/:id", (c) => {
    const id = numericId.safeParse(c.req.param("id"));
    const detail = id.success ? data.puzzle(id.data) : undefined;
    if (detail === undefined) return notFound(c, `no puzzle ${c.req.param("id")} in ${database}`);
    return c.html(puzzlePage(detail, database));
  });

  app.get("/iterations", (c) => c.html(iterationsPage(data.iterations(), database)));

  app.get("/exports/:id/files/:name", (c) => {
    const id = numericId.safeParse(c.req.param("id"));
    const name = c.req.param("name");
    const path = id.success ? data.exportFile(id.data, name) : undefined;
    if (path === undefined) return notFound(c, `export ${c.req.param("id")} has no file ${name}`);
    // Text, never a page: an export holds model output.
    return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream, 200, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `inline; filename="${basename(path).replace(/[^\w.-]/g, "_")}"`,
    });
  });

  app.get("/events", (c) => {
    const view = c.req.query("view");
    let key: string;
    let render: () => Promise<Regions>;
    if (view === "rounds") {
      key = "rounds";
      render = async () => toStrings(roundsLive(await data.overview()));
    } else if (view === "round" && roundId.safeParse(c.req.query("id")).success) {
      const id = c.req.query("id") as string;
      key = `round:${id}`;
      render = async () => {
        const detail = await data.round(id);
        return detail === undefined ? {} : toStrings(roundLive(detail));
      };
    } else {
      return c.text("view must be rounds, or round with an id", 400);
    }
    return streamSSE(c, async (stream) => {
      let end = () => {};
      const ended = new Promise<void>((resolve) => {
        end = resolve;
      });
      stream.onAbort(() => end());
      const stop = hub.subscribe(key, render, {
        send: (regions) => stream.writeSSE({ event: "regions", data: JSON.stringify(regions) }),
        end: () => end(),
      });
      // A comment now and then keeps proxies from closing a quiet stream.
      const keepAlive = setInterval(() => void stream.write(": keep-alive\n\n").catch(() => end()), 15_000);
      await ended;
      clearInterval(keepAlive);
      stop();
    });
  });

  app.route("/queues", queueBoard(data.boardQueues(), { basePath: "/queues/", token, homeUrl: "/" }));

  app.notFound((c) => notFound(c, `nothing at ${c.req.path}`));
  app.onError((error, c) => {
    process.stderr.write(`dashboard: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}\n`);
    return c.html(messagePage("Error", `the page could not be made: ${error.message}`, database), 500);
  });
  return app;
}

export interface RunningDashboard {
  /** Where it answers, e.g. `http://127.0.0.1:8787/`. */
  url: string;
  port: number;
  /** Whether actions are enabled (a token is set). */
  actions: boolean;
  close(): Promise<void>;
}

/** Starts the dashboard; refuses an address other machines reach without a token. */
export async function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const o = resolveOptions(options);
  checkBind(o.host, o.token);
  const data = new DashboardData({ store: o.store, redisUrl: o.redisUrl });
  const hub = new LiveHub({ intervalMs: o.intervalMs });
  const app = dashboardApp({ data, hub, token: o.token, loopback: isLoopback(o.host) });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(o.port, o.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    hub.close();
    await data.close();
    throw listenError(error as NodeJS.ErrnoException, o.host, o.port);
  }
  const port = (server.address() as AddressInfo).port;
  const host = o.host.includes(":") ? `[${o.host}]` : o.host;
  return {
    url: `http://${host}:${port}/`,
    port,
    actions: o.token !== undefined,
    async close() {
      hub.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await data.close();
    },
  };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): ListenError {
  switch (error.code) {
    case "EADDRINUSE":
      return new ListenError(
        `port ${port} on ${host} is in use: pass --port with another (0 takes a free one)`,
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new ListenError(`${host} is not an address of this machine: pass --host with one (127.0.0.1)`);
    case "EACCES":
      return new ListenError(`port ${port} needs privileges to listen on: pass --port 1024 or above`);
    default:
      return new ListenError(`cannot listen on ${host}:${port}: ${error.message}`);
  }
}
