// Candidate streams taken in turns.
import type { Json } from "@puzzleloop/core";

/** One item of each stream in turn, dropping streams as they end, until all have ended. */
export function* interleave(streams: Iterator<Json>[]): Generator<Json> {
  let live = streams;
  while (live.length > 0) {
    const next: Iterator<Json>[] = [];
    for (const stream of live) {
      const item = stream.next();
      if (item.done) continue;
      yield item.value;
      next.push(stream);
    }
    live = next;
  }
}
