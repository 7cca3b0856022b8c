/** Entry of a sandbox child process: verifies batches from the pool and streams results back. */
import type { BatchMessage, ChildMessage } from "./protocol.ts";
import type { VerifyResult } from "./types.ts";
import { Verifier } from "./verifier.ts";

/**
 * Results go back in small groups: often enough that the parent's watchdog hears from a healthy
 * child well within a job's time limit, rarely enough that messaging stays cheap.
 */
const FLUSH_EVERY_MS = 10;

const verifier = new Verifier();
const send = (message: ChildMessage) => process.send?.(message);

process.on("message", (message: BatchMessage) => {
  if (message?.type !== "batch") return;
  let pending: VerifyResult[] = [];
  let from = 0;
  let lastFlush = performance.now();
  message.tasks.forEach((task, index) => {
    pending.push(verifier.run(task.job, task.limits, task.seed));
    const now = performance.now();
    if (now - lastFlush >= FLUSH_EVERY_MS || index === message.tasks.length - 1) {
      send({ type: "results", batch: message.batch, from, results: pending });
      from = index + 1;
      pending = [];
      lastFlush = now;
    }
  });
});

process.on("disconnect", () => process.exit(0));
try {
  verifier.warmUp();
} catch (error) {
  // The pool reports the last line of a child that could not start, after a few tries.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
send({ type: "ready" });
