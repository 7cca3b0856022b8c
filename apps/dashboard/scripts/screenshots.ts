/**
 * Makes the README's screenshots of the dashboard (docs/dashboard-*.png) from a world of its own: two
 * iterations of the built-in model, each run, exported and evaluated, then a third round watched live.
 * `npm run screenshots -w @puzzleloop/dashboard` (a few minutes; it needs /usr/bin/chromium).
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../test/browser/chromium.ts";
import { world } from "../test/fixture.ts";

const DOCS = resolve(fileURLToPath(new URL("../../../docs", import.meta.url)));
const TOKEN = "screenshot-token-0123456789";

const say = (line: string) => process.stdout.write(`${line}\n`);

const w = await world("screenshots");
try {
  const exports = join(w.dir, "exports");
  const step = async (args: string[]) => {
    say(`puzzleloop ${args.join(" ")}`);
    const result = await w.cli(args, 900_000);
    if (result.code !== 0)
      throw new Error(`puzzleloop ${args.join(" ")} ended ${result.code}:\n${result.stderr}`);
  };
  await step(["run", "--model", "builtin", "--puzzles", "40", "--attempts", "4", "--out", exports]);
  await step(["eval", "--model", "builtin", "--split", "test", "--attempts", "4"]);
  await step(["iteration", "new", "--model", "builtin", "--train", join(exports, "iteration-0")]);
  await step(["run", "--model", "builtin", "--puzzles", "40", "--attempts", "4", "--out", exports]);
  await step(["eval", "--model", "builtin", "--split", "test", "--attempts", "4"]);

  const dashboard = w.start(["dashboard", "--port", "0", "--interval", "0.5", "--token", TOKEN]);
  const url = /dashboard at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(
    await dashboard.waitFor(/dashboard at http:\/\/127\.0\.0\.1:\d+\//),
  )?.[1] as string;
  const browser = await launchChromium({ width: 1360, height: 900 });
  try {
    const { page } = browser;
    mkdirSync(DOCS, { recursive: true });
    const shot = async (name: string) => {
      await page.screenshot({ path: join(DOCS, `dashboard-${name}.png`), fullPage: true });
      say(`wrote docs/dashboard-${name}.png`);
    };

    const live = w.start([
      "round",
      "start",
      "--model",
      "builtin",
      "--puzzles",
      "80",
      "--attempts",
      "8",
      "--local",
    ]);
    const round = /started round (\S+)/.exec(await live.waitFor(/started round \S+/))?.[1] as string;
    await page.goto(url);
    // Mid-round: some of the puzzles verified, not all. (Polled from here: the page's policy lets no
    // code be evaluated in it.)
    const until = async (what: string, ready: () => Promise<boolean>) => {
      const deadline = Date.now() + 600_000;
      while (!(await ready())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await page.waitForTimeout(200);
      }
    };
    const count = async (selector: string) =>
      Number.parseInt((await page.textContent(selector).catch(() => null)) ?? "", 10);
    await until("the round to be under way", async () => {
      const done = await count(`[data-round="${round}"] tr[data-stage="verify"] .done`);
      const total = await count(`[data-round="${round}"] tr[data-stage="verify"] .total`);
      return total > 0 && done >= 0.3 * total && done < total;
    });
    await shot("rounds");
    await page.goto(new URL(`rounds/${round}`, url).href);
    await until(
      "puzzles to be stored",
      async () => (await page.locator("#round-puzzles tr[data-puzzle]").count()) >= 8,
    );
    await shot("round");
    await live.stop();

    // A verified puzzle of the second iteration, whose lineage reaches back through the first.
    await page.goto(new URL("rounds/r-1-1", url).href);
    await page.locator("tr[data-puzzle]:has(.status-verified) a").first().click();
    await page.waitForSelector("#puzzle-source");
    await shot("puzzle");

    await page.goto(new URL("iterations", url).href);
    await shot("iterations");
  } finally {
    await browser.close();
    await dashboard.stop();
  }
} finally {
  await w.close();
}
