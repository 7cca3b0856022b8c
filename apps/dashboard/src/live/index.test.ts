import { afterEach, describe, expect, it } from "vitest";
import { LiveHub, type Regions, type Subscriber } from "./index.ts";

const hubs: LiveHub[] = [];
afterEach(() => {
  for (const hub of hubs.splice(0)) hub.close();
});

function hub(intervalMs = 20): LiveHub {
  const made = new LiveHub({ intervalMs });
  hubs.push(made);
  return made;
}

function collector(): Subscriber & { got: Regions[]; ended: boolean } {
  const s = {
    got: [] as Regions[],
    ended: false,
    async send(regions: Regions) {
      s.got.push(regions);
    },
    end() {
      s.ended = true;
    },
  };
  return s;
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("LiveHub", () => {
  it("renders a view once per interval for all its watchers, and sends only what changed", async () => {
    const h = hub();
    let n = 0;
    const render = async () => ({ a: `count ${Math.floor(n++ / 3)}`, b: "same" });
    const one = collector();
    const two = collector();
    h.subscribe("rounds", render, one);
    h.subscribe("rounds", render, two);
    await until(() => one.got.length >= 3 && two.got.length >= 3);
    // Every third render changes `a`: were the reads not shared, the counts each watcher saw would skip.
    expect(one.got.slice(0, 3)).toEqual([{ a: "count 0", b: "same" }, { a: "count 1" }, { a: "count 2" }]);
    expect(two.got.slice(0, 3)).toEqual(one.got.slice(0, 3));
  });

  it("gives a late watcher the whole view at once", async () => {
    const h = hub(1000);
    const first = collector();
    h.subscribe("v", async () => ({ a: "x" }), first);
    await until(() => first.got.length === 1);
    const late = collector();
    h.subscribe("v", async () => ({ a: "x" }), late);
    await until(() => late.got.length === 1);
    expect(late.got[0]).toEqual({ a: "x" });
    expect(h.renders).toBe(1);
  });

  it("stops reading a view nobody watches", async () => {
    const h = hub();
    const stop = h.subscribe("v", async () => ({ a: String(Math.random()) }), collector());
    expect(h.watched).toBe(1);
    stop();
    expect(h.watched).toBe(0);
    const renders = h.renders;
    await new Promise((r) => setTimeout(r, 80));
    expect(h.renders).toBe(renders);
  });

  it("drops a watcher whose connection failed, and survives a failed read", async () => {
    const h = hub();
    let fail = true;
    const broken: Subscriber & { ended: boolean } = {
      ended: false,
      async send() {
        throw new Error("gone");
      },
      end() {
        broken.ended = true;
      },
    };
    const good = collector();
    let n = 0;
    h.subscribe(
      "v",
      async () => {
        if (fail) {
          fail = false;
          throw new Error("redis away");
        }
        return { a: String(n++) };
      },
      broken,
    );
    h.subscribe("v", async () => ({}), good);
    await until(() => good.got.length >= 2);
    expect(broken.ended).toBe(true);
  });

  it("ends every stream when it closes", () => {
    const h = hub();
    const s = collector();
    h.subscribe("v", async () => ({ a: "x" }), s);
    h.close();
    expect(s.ended).toBe(true);
    expect(h.watched).toBe(0);
  });
});
