/**
 * Who may do what: reading is open on loopback; actions (cancel, retry, the queue board's buttons)
 * need the token, and a dashboard other hosts can reach refuses to start without one.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { Context, MiddlewareHandler } from "hono";
import { TokenRequiredError, WeakTokenError } from "../errors.ts";

/** Fewer characters than this are refused: a token guards actions on every round. */
export const MIN_TOKEN_LENGTH = 16;

/** True for names and addresses that only this machine reaches. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || /^::ffff:127\./.test(h);
  return false;
}

/** Checks that the dashboard may listen on `host` with `token`; throws what to do otherwise. */
export function checkBind(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new WeakTokenError(
      `the dashboard token has ${token.length} characters: give one of at least ${MIN_TOKEN_LENGTH} (for example \`openssl rand -hex 16\`)`,
    );
  }
  if (token === undefined && !isLoopback(host)) {
    throw new TokenRequiredError(
      `the dashboard would listen on ${host}, which other machines can reach, without a token: set PUZZLELOOP_DASHBOARD_TOKEN (or --token), or keep --host 127.0.0.1`,
    );
  }
}

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** Compares in time independent of where the texts differ. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** The token a request carries: `Authorization: Bearer T`, Basic auth's password, or a form's `token` field. */
export async function tokenOf(c: Context): Promise<string | undefined> {
  const header = c.req.header("authorization");
  if (header !== undefined) {
    const [scheme, value = ""] = header.trim().split(/\s+/, 2);
    if (scheme?.toLowerCase() === "bearer") return value;
    if (scheme?.toLowerCase() === "basic") {
      const decoded = Buffer.from(value, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      return colon === -1 ? undefined : decoded.slice(colon + 1);
    }
  }
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
    const field = (await c.req.parseBody()).token;
    return typeof field === "string" ? field : undefined;
  }
  return undefined;
}

/**
 * On loopback, only requests addressed to this machine by name are answered: a page elsewhere that
 * points its own host name at 127.0.0.1 (DNS rebinding) cannot read the dashboard.
 */
export function loopbackHostsOnly(): MiddlewareHandler {
  return async (c, next) => {
    // The server builds the request's URL from its Host header.
    const { hostname } = new URL(c.req.url);
    if (!isLoopback(hostname)) {
      return c.text(`the dashboard answers requests for this machine only, not for ${hostname}`, 421);
    }
    await next();
  };
}

/**
 * Basic authentication with the token as password (any user name), for pages that cannot send it
 * otherwise (the queue board). Browsers then send it with every request to those pages.
 */
export function basicAuthWithToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (tokenMatches(token, await tokenOf(c))) return next();
    return c.text("the queue board's actions need the dashboard token as the password", 401, {
      "WWW-Authenticate": 'Basic realm="puzzleloop dashboard", charset="UTF-8"',
    });
  };
}
