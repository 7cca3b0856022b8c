import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { TokenRequiredError, WeakTokenError } from "../errors.ts";
import {
  basicAuthWithToken,
  checkBind,
  isLoopback,
  loopbackHostsOnly,
  tokenMatches,
  tokenOf,
} from "./index.ts";

const TOKEN = "a-token-of-twenty-chars";

describe("isLoopback", () => {
  it("knows the names and addresses only this machine reaches", () => {
    for (const host of [
      "127.0.0.1",
      "127.1.2.3",
      "localhost",
      "LOCALHOST",
      "app.localhost",
      "::1",
      "[::1]",
      "::ffff:127.0.0.1",
    ]) {
      expect(isLoopback(host), host).toBe(true);
    }
    for (const host of [
      "0.0.0.0",
      "::",
      "10.0.0.1",
      "192.168.1.2",
      "example.com",
      "127.0.0.1.example.com",
      "",
      "::ffff:10.0.0.1",
    ]) {
      expect(isLoopback(host), host).toBe(false);
    }
  });
});

describe("checkBind", () => {
  it("lets loopback serve without a token, and anything with one", () => {
    expect(() => checkBind("127.0.0.1", undefined)).not.toThrow();
    expect(() => checkBind("0.0.0.0", TOKEN)).not.toThrow();
  });

  it("refuses an address others reach without a token, and a short token anywhere", () => {
    expect(() => checkBind("0.0.0.0", undefined)).toThrow(TokenRequiredError);
    expect(() => checkBind("::", undefined)).toThrow(
      /listen on ::, which other machines can reach, without a token/,
    );
    expect(() => checkBind("127.0.0.1", "short")).toThrow(WeakTokenError);
  });
});

describe("tokens", () => {
  it("match only exactly", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    for (const given of [undefined, "", `${TOKEN} `, TOKEN.slice(1), TOKEN.toUpperCase()]) {
      expect(tokenMatches(TOKEN, given)).toBe(false);
    }
  });

  it("are read from a bearer header, Basic auth's password, or a form field", async () => {
    const app = new Hono().post("/", async (c) => c.text(String(await tokenOf(c))));
    const ask = async (headers: Record<string, string>, body?: string) =>
      (await app.request("/", { method: "POST", headers, ...(body !== undefined ? { body } : {}) })).text();
    expect(await ask({ authorization: `Bearer ${TOKEN}` })).toBe(TOKEN);
    expect(await ask({ authorization: `Basic ${Buffer.from(`me:${TOKEN}`).toString("base64")}` })).toBe(
      TOKEN,
    );
    expect(
      await ask(
        { "content-type": "application/x-www-form-urlencoded" },
        `token=${encodeURIComponent(TOKEN)}`,
      ),
    ).toBe(TOKEN);
    expect(await ask({ "content-type": "application/json" }, JSON.stringify({ token: TOKEN }))).toBe(
      "undefined",
    );
  });
});

describe("middleware", () => {
  it("answers loopback names only", async () => {
    const app = new Hono().use("*", loopbackHostsOnly()).get("/", (c) => c.text("ok"));
    expect((await app.request("http://127.0.0.1:8787/")).status).toBe(200);
    expect((await app.request("http://localhost:8787/")).status).toBe(200);
    expect((await app.request("http://rebound.example:8787/")).status).toBe(421);
  });

  it("asks for the token as a Basic password", async () => {
    const app = new Hono().use("*", basicAuthWithToken(TOKEN)).get("/", (c) => c.text("ok"));
    const without = await app.request("/");
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    const basic = (password: string) => `Basic ${Buffer.from(`user:${password}`).toString("base64")}`;
    expect((await app.request("/", { headers: { authorization: basic("wrong") } })).status).toBe(401);
    expect((await app.request("/", { headers: { authorization: basic(TOKEN) } })).status).toBe(200);
  });
});
