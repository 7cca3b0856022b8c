/**
 * The dashboard in a real browser: `puzzleloop dashboard` serves a database whose rounds run against
 * the scripted model, Chromium watches a round's counts rise without a reload, opens a puzzle whose
 * source holds `<script>` and `<img onerror>` and runs none of it, and cancels a round with and
 * without the token. Screenshots of the pages go to $DASHBOARD_SCREENSHOTS (a scratch folder else).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Background, HOSTILE, roundArgs, type World, world } from "../fixture.ts";
import { type Browser, launchChromium } from "./chromium.ts";

const TOKEN = "browser-token-0123456789";
/** Where screenshots go; a scratch folder, removed after, unless $DASHBOARD_SCREENSHOTS names one. */
const KEEP_SHOTS = process.env.DASHBOARD_SCREENSHOTS;
const SHOTS = resolve(KEEP_SHOTS ?? mkdtempSync(join(tmpdir(), "puzzleloop-shots-")));

let w: World;
let dashboard: Background;
let url: string;
let browser: Browser;

beforeAll(async () => {
  // Slow answers to solving requests, so that a round takes seconds to watch.
  w = await world("browser", { solveDelayMs: 1500 });
  const made = await w.cli(["iteration", "new", "--model", w.model.url]);
  expect(made.code, made.stderr).toBe(0);
  dashboard = w.start(["dashboard", "--port", "0", "--interval", "0.5", "--token", TOKEN]);
  const said = await dashboard.waitFor(/dashboard at (http:\/\/127\.0\.0\.1:\d+\/)/);
  url = /dashboard at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(said)?.[1] as string;
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
  await w?.close();
  if (KEEP_SHOTS === undefined) rmSync(SHOTS, { recursive: true, force: true });
});

/** The text of `selector`, or undefined while it is not on the page. */
async function text(selector: string): Promise<string | undefined> {
  const found = await browser.page.$(selector);
  return found === null ? undefined : ((await found.textContent()) ?? undefined);
}

/** `window.__pwned`, which the hostile text sets if any of it runs. */
const pwned = () => browser.page.evaluate("window.__pwned");

async function shot(name: string): Promise<void> {
  const path = join(SHOTS, `dashboard-${name}.png`);
  await browser.page.screenshot({ path, fullPage: true });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

let round = "";

describe("a round, live", () => {
  it("shows the counts rise as the round runs, without a reload", async () => {
    const { page } = browser;
    await page.goto(url);
    expect(await text("#rounds-live")).toContain("No rounds yet");
    await page.waitForSelector("#live-state.on");
    // Anything that reloads or leaves the page loses this mark.
    await page.evaluate("window.__sameDocument = true");
    let navigations = 0;
    page.on("framenavigated", () => navigations++);

    const running = w.start([...roundArgs(w, 12, 2), "--local"]);
    round = /started round (\S+)/.exec(await running.waitFor(/started round \S+/))?.[1] as string;
    const solved = `[data-round="${round}"] tr[data-stage="solve"] .done`;
    const seen: number[] = [];
    const until = Date.now() + 90_000;
    while ((await text(`[data-round="${round}"] .badge`)) !== "done") {
      if (Date.now() > until) throw new Error(`round ${round} did not end:\n${running.output()}`);
      const value = await text(solved);
      if (value !== undefined && Number(value) !== seen.at(-1)) seen.push(Number(value));
      await page.waitForTimeout(100);
    }
    const last = Number(await text(solved));
    if (last !== seen.at(-1)) seen.push(last);
    await running.stop();

    expect(await page.evaluate("window.__sameDocument")).toBe(true);
    expect(navigations).toBe(0);
    // Rising, through values between none and all: the page followed the round.
    expect(seen.at(-1)).toBe(12);
    expect(seen.filter((n) => n > 0 && n < 12).length).toBeGreaterThanOrEqual(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(Number(await page.evaluate("document.body.dataset.updates"))).toBeGreaterThanOrEqual(3);
    await shot("rounds");
  });
});

describe("hostile text", () => {
  it("a puzzle whose source holds <script> and <img onerror> shows it as text, and nothing runs", async () => {
    const { page } = browser;
    await page.goto(new URL(`rounds/${round}`, url).href);
    // The round's puzzle table is a live region: let it be replaced at least once.
    // Polled from outside: the page's CSP forbids the eval that waitForFunction would run inside it.
    await expect
      .poll(() => page.evaluate("Number(document.body.dataset.updates ?? 0)"), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    const row = page.locator("tr[data-puzzle]", { hasText: "<script>window.__pwned=1</script>" });
    expect(await row.count()).toBe(1);
    await shot("round");
    await row.locator("a").first().click();
    await page.waitForSelector("#puzzle-source");

    expect(await text("#puzzle-source")).toContain(`"${HOSTILE}".repeat(n)`);
    // The answer, verified, holds it too.
    expect(await page.locator("tr[data-attempt] code", { hasText: "<script>" }).count()).toBeGreaterThan(0);
    expect(await page.evaluate("document.querySelectorAll('main script, main img').length")).toBe(0);
    expect(await page.evaluate("[...document.scripts].map((s) => new URL(s.src).pathname)")).toEqual([
      "/assets/live.js",
    ]);
    // Had the image been made, its error would have run by now.
    await page.waitForTimeout(500);
    expect(await pwned()).toBeUndefined();
    expect(browser.dialogs).toEqual([]);
    await shot("puzzle");
  });
});

describe("actions", () => {
  let queued = "";

  beforeAll(async () => {
    // No worker serves it: it stays running until cancelled.
    const started = await w.cli(roundArgs(w, 4, 1));
    expect(started.code, started.stderr).toBe(0);
    queued = /started round (\S+)/.exec(started.stdout)?.[1] as string;
  });

  const status = () => text("#round-status .badge");
  const cancel = async (token: string) => {
    const { page } = browser;
    const form = page.locator("form.cancel");
    await form.locator('input[name="token"]').fill(token);
    await Promise.all([page.waitForNavigation(), form.locator("button").click()]);
    return text(".notice");
  };

  it("cancel without the token, or with a wrong one, does nothing", async () => {
    const { page } = browser;
    await page.goto(new URL(`rounds/${queued}`, url).href);
    expect(await status()).toBe("running");
    expect(await cancel("wrong-token-0123456789")).toBe("the token is missing or wrong: nothing was done");
    expect(await status()).toBe("running");
    // The form asks for a token; sent without one all the same, it is refused too.
    await page
      .locator('form.cancel input[name="token"]')
      .evaluate((input) => input.removeAttribute("required"));
    expect(await cancel("")).toBe("the token is missing or wrong: nothing was done");
    await page.goto(new URL(`rounds/${queued}`, url).href);
    expect(await status()).toBe("running");
  });

  it("cancel with the token cancels the round", async () => {
    expect(await cancel(TOKEN)).toMatch(new RegExp(`^cancelled round ${queued}: removed \\d+ queued job`));
    expect(await status()).toBe("cancelled");
    await browser.page.goto(url);
    expect(await text(`tr[data-round="${queued}"] .badge`)).toBe("cancelled");
  });
});

describe("everything else", () => {
  it("the iterations and queue pages load, and no page asked for anything but the dashboard", async () => {
    const { page } = browser;
    await page.goto(new URL("iterations", url).href);
    expect(await text("tr[data-iteration='0']")).toContain("0 (current)");
    await shot("iterations");
    // The queue board asks for the token (Basic authentication) before anything.
    await browser.context.setHTTPCredentials({ username: "puzzleloop", password: TOKEN });
    await page.goto(new URL("queues/", url).href);
    await page.waitForSelector("text=generate", { timeout: 30_000 });
    const origin = new URL(url).origin;
    const elsewhere = browser.requests.filter((r) => !r.startsWith(origin) && !r.startsWith("data:"));
    expect(elsewhere).toEqual([]);
    expect(await pwned()).toBeUndefined();
    expect(browser.dialogs).toEqual([]);
  });
});
