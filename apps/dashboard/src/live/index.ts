/**
 * Live pages without a polling storm: each view (the rounds, one round) is read and rendered once per
 * interval however many browsers watch it, and only while one does; each browser gets, by server-sent
 * events, the regions of the page that changed since it last heard.
 */

export interface LiveOptions {
  /**
   * How often a watched view is read again, in ms.
   * @defaultValue 1000
   */
  intervalMs: number;
}

/** A page's live regions as HTML, by the id of the element that holds each. */
export type Regions = Record<string, string>;

export interface Subscriber {
  /** Sends regions that changed; a subscriber that throws is dropped. */
  send(regions: Regions): Promise<void>;
  /** Ends the subscriber's stream (the hub is closing). */
  end(): void;
}

interface Watched {
  render: () => Promise<Regions>;
  subscribers: Set<Subscriber>;
  last: Regions | undefined;
  timer: NodeJS.Timeout;
  busy: boolean;
}

export class LiveHub {
  private readonly intervalMs: number;
  private readonly views = new Map<string, Watched>();
  /** Reads made since the hub started: what a test counts to see that clients share them. */
  renders = 0;

  constructor(options: Partial<LiveOptions> = {}) {
    this.intervalMs = options.intervalMs ?? 1000;
  }

  /**
   * Starts sending `subscriber` the view named `key` (rendered by `render`, shared by every subscriber
   * of the same key): all its regions first, then those that change. Returns how to stop.
   */
  subscribe(key: string, render: () => Promise<Regions>, subscriber: Subscriber): () => void {
    let view = this.views.get(key);
    if (view === undefined) {
      const created: Watched = {
        render,
        subscribers: new Set(),
        last: undefined,
        busy: false,
        timer: setInterval(() => void this.tick(key), this.intervalMs),
      };
      this.views.set(key, created);
      view = created;
      void this.tick(key);
    } else if (view.last !== undefined) {
      void this.deliver(view, subscriber, view.last);
    }
    view.subscribers.add(subscriber);
    return () => this.unsubscribe(key, subscriber);
  }

  /** Views being watched now. */
  get watched(): number {
    return this.views.size;
  }

  close(): void {
    for (const [key, view] of this.views) {
      for (const s of view.subscribers) s.end();
      clearInterval(view.timer);
      this.views.delete(key);
    }
  }

  private unsubscribe(key: string, subscriber: Subscriber): void {
    const view = this.views.get(key);
    if (view === undefined) return;
    view.subscribers.delete(subscriber);
    if (view.subscribers.size === 0) {
      clearInterval(view.timer);
      this.views.delete(key);
    }
  }

  private async tick(key: string): Promise<void> {
    const view = this.views.get(key);
    if (view === undefined || view.busy) return;
    view.busy = true;
    try {
      this.renders++;
      let regions: Regions;
      try {
        regions = await view.render();
      } catch {
        // A failed read shows nothing new; the next tick tries again.
        return;
      }
      const previous = view.last;
      const changed = Object.fromEntries(
        Object.entries(regions).filter(([id, content]) => previous?.[id] !== content),
      );
      view.last = regions;
      if (Object.keys(changed).length === 0) return;
      await Promise.all([...view.subscribers].map((s) => this.deliver(view, s, changed)));
    } finally {
      view.busy = false;
    }
  }

  private async deliver(view: Watched, subscriber: Subscriber, regions: Regions): Promise<void> {
    try {
      await subscriber.send(regions);
    } catch {
      view.subscribers.delete(subscriber);
      subscriber.end();
    }
  }
}
