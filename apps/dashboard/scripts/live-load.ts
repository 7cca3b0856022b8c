/**
 * What live pages cost Redis: commands per second while no browser, one, then N watch the rounds page
 * over server-sent events (with three finished rounds in Redis, and nothing else using it). With one
 * read per interval shared by every watcher, the rate does not grow with N.
 * `node --no-node-snapshot --import tsx apps/dashboard/scripts/live-load.ts [N]`
 */
import { Redis } from "ioredis";
import { roundArgs, world } from "../test/fixture.ts";

const watchers = Number(process.argv[2] ?? 20);
const seconds = 10;
const say = (line: string) => process.stdout.write(`${line}\n`);

const w = await world("live-load");
const client = new Redis(w.redis.url);
try {
  await w.cli(["iteration", "new", "--model", w.model.url]);
  const dashboard = w.start(["dashboard", "--port", "0", "--interval", "1"]);
  const url = /dashboard at (\S+)/.exec(await dashboard.waitFor(/dashboard at \S+/))?.[1] as string;
  for (let i = 0; i < 3; i++) await w.cli([...roundArgs(w, 4, 1), "--local"]);

  const commands = async () => Number(/total_commands_processed:(\d+)/.exec(await client.info("stats"))?.[1]);
  const measure = async (n: number) => {
    const streams = Array.from({ length: n }, () => new AbortController());
    let events = 0;
    for (const stream of streams) {
      void fetch(new URL("/events?view=rounds", url), { signal: stream.signal })
        .then(async (res) => {
          for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
            events += (new TextDecoder().decode(chunk).match(/^event: regions$/gm) ?? []).length;
          }
        })
        .catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 2000));
    const before = await commands();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const after = await commands();
    for (const stream of streams) stream.abort();
    await new Promise((r) => setTimeout(r, 1500));
    return { perS: (after - before) / seconds, events };
  };

  const idle = await measure(0);
  const one = await measure(1);
  const many = await measure(watchers);
  say(`Redis commands per second, over ${seconds} s each:`);
  say(`  no page open:        ${idle.perS.toFixed(0)}`);
  say(
    `  1 watcher:           ${one.perS.toFixed(0)} (${one.events} page state(s) sent: nothing changed after the first)`,
  );
  say(
    `  ${String(watchers).padEnd(2)} watchers:         ${many.perS.toFixed(0)} (${many.events} sent in all)`,
  );
  await dashboard.stop();
} finally {
  client.disconnect();
  await w.close();
}
