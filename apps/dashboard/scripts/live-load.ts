/**
 * What live pages cost Redis: commands per second while 1, then N browsers watch the rounds page over
 * server-sent events, during a round. With one read per interval shared by every watcher, the rate
 * does not grow with N. `node --no-node-snapshot --import tsx apps/dashboard/scripts/live-load.ts [N]`
 */
import { Redis } from "ioredis";
import { roundArgs, world } from "../test/fixture.ts";

const watchers = Number(process.argv[2] ?? 20);
const seconds = 10;
const say = (line: string) => process.stdout.write(`${line}\n`);

const w = await world("live-load", { solveDelayMs: 3000 });
const client = new Redis(w.redis.url);
try {
  await w.cli(["iteration", "new", "--model", w.model.url]);
  const dashboard = w.start(["dashboard", "--port", "0", "--interval", "1"]);
  const url = /dashboard at (\S+)/.exec(await dashboard.waitFor(/dashboard at \S+/))?.[1] as string;
  // A round that runs the whole time, so that every read finds something moving.
  const round = w.start([...roundArgs(w, 200, 2), "--local"]);
  await round.waitFor(/started round/);

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
    const [before, eventsBefore] = [await commands(), events];
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const [after, eventsAfter] = [await commands(), events];
    for (const stream of streams) stream.abort();
    await new Promise((r) => setTimeout(r, 1500));
    return { perS: (after - before) / seconds, events: eventsAfter - eventsBefore };
  };

  const idle = await measure(0);
  const one = await measure(1);
  const many = await measure(watchers);
  say(`Redis commands per second during a round (the round's own work included), over ${seconds} s:`);
  say(`  no page open:        ${idle.perS.toFixed(0)}`);
  say(`  1 watcher:           ${one.perS.toFixed(0)} (${one.events} updates received)`);
  say(
    `  ${String(watchers).padEnd(2)} watchers:         ${many.perS.toFixed(0)} (${many.events} updates received in all)`,
  );
  await round.stop();
  await dashboard.stop();
} finally {
  client.disconnect();
  await w.close();
}
