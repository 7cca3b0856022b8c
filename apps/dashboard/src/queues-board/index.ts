/**
 * The queues, as bull-board shows them, mounted under the dashboard. Read-only unless the dashboard has
 * a token; with one, the board asks for it (Basic authentication, the token as password) before
 * anything, since its buttons act on the queues. Its page is served without the web font it links
 * to elsewhere, so that it works offline like the rest.
 */
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Queue } from "bullmq";
import { Hono, type MiddlewareHandler } from "hono";
import { basicAuthWithToken } from "../access/index.ts";

export interface QueueBoardOptions {
  /** Where the board is mounted, e.g. `/queues`. */
  basePath: string;
  /** The dashboard's token; without one the board is read-only. */
  token: string | undefined;
  /** Link back to the dashboard's own pages. */
  homeUrl: string;
}

/** A `<link>` to another host (the board's web font): left out, the page falls back to system fonts. */
const EXTERNAL_LINK = /<link\b[^>]*\bhref=["']?(?:https?:)?\/\/[^>]*>/gi;

/** Without a token, nothing but reading reaches the board. */
const readOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD") {
    return c.text("the queue board is read-only: start the dashboard with a token to act on the queues", 403);
  }
  await next();
};

/** HTML the board sends is stripped of links to other hosts, and may load nothing from them. */
const offline: MiddlewareHandler = async (c, next) => {
  await next();
  c.header(
    "Content-Security-Policy",
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  );
  if (!(c.res.headers.get("content-type") ?? "").startsWith("text/html")) return;
  const text = await c.res.text();
  const headers = new Headers(c.res.headers);
  headers.delete("content-length");
  c.res = new Response(text.replace(EXTERNAL_LINK, ""), { status: c.res.status, headers });
};

export function queueBoard(queues: readonly Queue[], options: QueueBoardOptions): Hono {
  const readOnlyMode = options.token === undefined;
  const adapter = new HonoAdapter(serveStatic);
  adapter.setBasePath(options.basePath);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode })),
    serverAdapter: adapter,
    options: {
      uiConfig: {
        boardTitle: readOnlyMode ? "puzzleloop queues (read-only)" : "puzzleloop queues",
        hideDocsLink: true,
        miscLinks: [{ text: "Dashboard", url: options.homeUrl }],
      },
    },
  });
  const app = new Hono();
  app.use("*", options.token === undefined ? readOnly : basicAuthWithToken(options.token));
  app.use("*", offline);
  app.route("/", adapter.registerPlugin());
  return app;
}
