/**
 * The dashboard over real HTTP, on a world the CLI made: a finished round against the scripted model
 * (whose puzzles hold hostile text), its export, and a round left queued with no worker.
 */
import { request } from "node:http";
import { createServer } from "node:net";
import { openSqliteStore, type SqliteStore } from "@puzzleloop/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE, roundArgs, type World, world } from "../../test/fixture.ts";
import { ListenError, TokenRequiredError, WeakTokenError } from "../errors.ts";
import { type RunningDashboard, startDashboard } from "./index.ts";

const TOKEN = "test-token-0123456789";
let w: World;
let store: SqliteStore;
/** With a token: actions enabled. */
let armed: RunningDashboard;
/** Without one: read-only. */
let readOnly: RunningDashboard;
let done: string;
let queued: string;

const roundOf = (stdout: string) => /started round (\S+)/.exec(stdout)?.[1] as string;

beforeAll(async () => {
  w = await world("dashboard-server");
  const first = await w.cli([...roundArgs(w, 6, 2), "--local"]);
  expect(first.code, first.stderr).toBe(0);
  done = roundOf(first.stdout);
  const exported = await w.cli(["export", "--iteration", "0", "--out", `${w.dir}/exports`]);
  expect(exported.code, exported.stderr).toBe(0);
  const second = await w.cli(roundArgs(w, 4, 1));
  expect(second.code, second.stderr).toBe(0);
  queued = roundOf(second.stdout);
  store = openSqliteStore({ path: w.db });
  armed = await startDashboard({ store, redisUrl: w.redis.url, port: 0, token: TOKEN, intervalMs: 200 });
  readOnly = await startDashboard({ store, redisUrl: w.redis.url, port: 0, intervalMs: 200 });
}, 180_000);

afterAll(async () => {
  await armed?.close();
  await readOnly?.close();
  store?.close();
  await w?.close();
});

async function get(d: RunningDashboard, path: string, init: RequestInit = {}) {
  const res = await fetch(new URL(path, d.url), init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The stored puzzle whose source holds the hostile text. */
function hostilePuzzle(): number {
  const found = store.listPuzzles({ roundId: done }).find((p) => p.source.includes(HOSTILE));
  if (found === undefined) throw new Error("the scripted model's hostile puzzle was not stored");
  return found.id;
}

describe("pages", () => {
  it("lists both rounds, the finished one with its stages, attempts and model use", async () => {
    const page = await get(readOnly, "/");
    expect(page.status).toBe(200);
    expect(page.text).toContain(`data-round="${done}"`);
    expect(page.text).toContain(`data-round="${queued}"`);
    const card = page.text.slice(page.text.indexOf(`<section class="card round" data-round="${done}"`));
    expect(card).toMatch(
      /<th scope="row">solve<\/th>[\s\S]*?<span class="done">6<\/span>\/<span class="total">6<\/span>/,
    );
    expect(card).toMatch(/attempts: <span class="attempts">verified \d+, wrong_answer \d+<\/span>/);
    expect(card).toMatch(/<span class="model-calls">\d+<\/span> calls, \d+ prompt \+ \d+ completion tokens/);
    expect(card).toMatch(/per verified pair: [\d.]+ calls, \d+ tokens/);
  });

  it("knows a round Redis holds that no persist worker has stored, by its plan", async () => {
    const page = await get(readOnly, "/");
    const card = page.text.slice(page.text.indexOf(`<section class="card round" data-round="${queued}"`));
    expect(card).toContain(`model <code>${w.model.url}</code>, 4 puzzles asked, 1 attempts each`);
  });

  it("shows a round's puzzles with their statuses, the hostile one as text", async () => {
    const page = await get(readOnly, `/rounds/${done}`);
    expect(page.status).toBe(200);
    expect(page.text.match(/<tr data-puzzle="/g)).toHaveLength(6);
    expect(page.text).toContain('<span class="badge status-verified">verified</span>');
    expect(page.text).not.toContain("<script>window");
    expect(page.text).toContain(
      "&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=window.__pwned=2&gt;",
    );
  });

  it("shows a puzzle's source, attempts with the sandbox's times, and its lineage back to seeds", async () => {
    const page = await get(readOnly, `/puzzles/${hostilePuzzle()}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain("<script>window");
    expect(page.text).not.toContain("<img src=x");
    expect(page.text).toMatch(
      /<pre class="code" id="puzzle-source"><code>\/\*\* Find a string made of 2 copies of &quot;&lt;script&gt;/,
    );
    expect(page.text).toMatch(
      /<tr data-attempt="\d+">[\s\S]*?status-verified[\s\S]*?<td class="num">[\d.]+<\/td><td class="num">[\d.]+<\/td>/,
    );
    // Every few-shot example of a generated puzzle is a seed here, each linked to its stored page.
    const lineage = page.text.slice(page.text.indexOf('<ul class="lineage">'));
    expect(lineage).toMatch(/<a href="\/puzzles\/\d+">[a-z-]+\/[a-z0-9-]+<\/a> seed/);
  });

  it("shows iterations as the report has them, with the export's files, served as text", async () => {
    const page = await get(readOnly, "/iterations");
    expect(page.status).toBe(200);
    expect(page.text).toMatch(
      /<tr data-iteration="0">[\s\S]*?<td class="num">6<\/td><td class="num">6<\/td>/,
    );
    expect(page.text).toContain('<svg class="histogram chart"');
    const link = /href="(\/exports\/\d+\/files\/train\.jsonl)"/.exec(page.text)?.[1];
    expect(link).toBeDefined();
    const file = await get(readOnly, link as string);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(file.text.trim().split("\n")).toHaveLength(6);
  });

  it("serves no file outside an export's folder", async () => {
    for (const path of [
      "/exports/1/files/..%2F..%2Fdb.sqlite",
      "/exports/1/files/nothing.txt",
      "/exports/99/files/train.jsonl",
    ]) {
      expect((await get(readOnly, path)).status).toBe(404);
    }
  });

  it("says what is not there", async () => {
    expect((await get(readOnly, "/rounds/r-9-99")).status).toBe(404);
    expect((await get(readOnly, "/rounds/bad%20id")).status).toBe(404);
    expect((await get(readOnly, "/puzzles/999999")).status).toBe(404);
    expect((await get(readOnly, "/puzzles/x")).status).toBe(404);
  });

  it("sends a policy that lets no inline script run, and no outside resource load", async () => {
    const page = await get(readOnly, "/");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("answers only requests addressed to this machine (no DNS rebinding)", async () => {
    // fetch sets Host itself: a page whose name points at 127.0.0.1 sends its own name.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(new URL("/", armed.url), { headers: { host: `attacker.example:${armed.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(421);
    expect((await fetch(`http://localhost:${armed.port}/`)).status).toBe(200);
  });
});

describe("live updates", () => {
  it("streams the page's regions as server-sent events", async () => {
    const controller = new AbortController();
    const res = await fetch(new URL("/events?view=rounds", readOnly.url), { signal: controller.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let text = "";
    while (!text.includes("\n\n")) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toMatch(/^event: regions\ndata: /);
    const regions = JSON.parse(text.split("data: ")[1]!.split("\n")[0]!);
    expect(Object.keys(regions)).toEqual(["rounds-live"]);
    expect(regions["rounds-live"]).toContain(`data-round="${done}"`);
  });

  it("refuses a view it does not have", async () => {
    expect((await get(readOnly, "/events?view=nothing")).status).toBe(400);
    expect((await get(readOnly, "/events?view=round&id=bad%20id")).status).toBe(400);
  });
});

describe("actions", () => {
  const post = (
    d: RunningDashboard,
    path: string,
    body: Record<string, string> = {},
    headers: Record<string, string> = {},
  ) =>
    get(d, path, {
      method: "POST",
      body: new URLSearchParams(body),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
  const status = async () => {
    const page = await get(readOnly, `/rounds/${queued}`);
    return /<span id="round-status" data-live><span class="badge status-(\w+)">/.exec(page.text)?.[1];
  };

  it("are refused by a dashboard without a token", async () => {
    const res = await post(readOnly, `/rounds/${queued}/cancel`, { token: TOKEN });
    expect(res.status).toBe(403);
    expect(res.text).toContain("the dashboard is read-only");
    expect(await status()).toBe("running");
  });

  it("are refused without the token, or with a wrong one", async () => {
    for (const body of [{}, { token: "wrong-token-0123456789" }] as Record<string, string>[]) {
      const res = await post(armed, `/rounds/${queued}/cancel`, body);
      expect(res.status).toBe(401);
      expect(res.text).toContain("the token is missing or wrong: nothing was done");
    }
    expect(await status()).toBe("running");
  });

  it("retry says when a round has no failed jobs, and refuses a round that has ended", async () => {
    const none = await post(armed, `/rounds/${queued}/retry`, { token: TOKEN });
    expect(none.status).toBe(200);
    expect(none.text).toContain(`round ${queued} has no failed jobs to retry`);
    const ended = await post(armed, `/rounds/${done}/retry`, { token: TOKEN });
    expect(ended.status).toBe(409);
    expect(ended.text).toContain(`round ${done} is done: its failed jobs were accounted for when it ended`);
  });

  it("cancel a running round with the token, once", async () => {
    const res = await post(armed, `/rounds/${queued}/cancel`, { token: TOKEN });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(new RegExp(`cancelled round ${queued}: removed \\d+ queued job`));
    expect(await status()).toBe("cancelled");
    const again = await post(
      armed,
      `/rounds/${queued}/cancel`,
      {},
      { authorization: `Bearer ${TOKEN}`, accept: "application/json" },
    );
    expect(again.status).toBe(409);
    expect(JSON.parse(again.text)).toEqual({
      ok: false,
      message: `round ${queued} is already cancelled: nothing to cancel`,
    });
  });
});

describe("queue board", () => {
  it("is read-only without a token, and links to nothing outside", async () => {
    const page = await get(readOnly, "/queues/");
    expect(page.status).toBe(200);
    expect(page.text).not.toContain("fonts.googleapis");
    expect(page.text).not.toMatch(/href="(https?:)?\/\//);
    const api = await get(readOnly, "/queues/api/queues");
    expect(JSON.parse(api.text).queues.map((q: { name: string }) => q.name)).toContain("generate");
    const pause = await get(readOnly, "/queues/api/queues/generate/pause", { method: "PUT" });
    expect(pause.status).toBe(403);
  });

  it("asks for the token before anything when the dashboard has one", async () => {
    const without = await get(armed, "/queues/");
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toContain("Basic");
    const auth = `Basic ${Buffer.from(`any:${TOKEN}`).toString("base64")}`;
    expect((await get(armed, "/queues/", { headers: { authorization: auth } })).status).toBe(200);
  });
});

describe("starting", () => {
  it("refuses an address other machines reach without a token, and a short token", async () => {
    await expect(startDashboard({ store, redisUrl: w.redis.url, host: "0.0.0.0", port: 0 })).rejects.toThrow(
      TokenRequiredError,
    );
    await expect(startDashboard({ store, redisUrl: w.redis.url, port: 0, token: "short" })).rejects.toThrow(
      WeakTokenError,
    );
  });

  it("listens on any address with a token", async () => {
    const open = await startDashboard({
      store,
      redisUrl: w.redis.url,
      host: "0.0.0.0",
      port: 0,
      token: TOKEN,
    });
    try {
      expect((await fetch(`http://127.0.0.1:${open.port}/`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it("says when the port is taken", async () => {
    await expect(startDashboard({ store, redisUrl: w.redis.url, port: armed.port })).rejects.toThrow(
      new ListenError(
        `port ${armed.port} on 127.0.0.1 is in use: pass --port with another (0 takes a free one)`,
      ),
    );
  });

  it("shows what the database holds when Redis does not answer", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const away = await startDashboard({ store, redisUrl: `redis://127.0.0.1:${port}`, port: 0 });
    try {
      const page = await get(away, "/");
      expect(page.status).toBe(200);
      expect(page.text).toContain(`Redis at redis://127.0.0.1:${port} is not answering`);
      expect(page.text).toContain(`<tr data-round="${done}">`);
    } finally {
      await away.close();
    }
  });
});
