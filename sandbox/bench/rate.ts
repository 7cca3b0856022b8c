/** Operations per second of a step, measured the same way for the sandbox and the host. */

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

/** Runs `step` in batches until SECONDS have passed; returns operations per second. */
export function rate(step: (i: number) => unknown): number {
  for (let i = 0; i < 200; i++) step(i); // warm up: realm, compile caches, JIT
  let done = 0;
  const start = performance.now();
  const deadline = start + SECONDS * 1000;
  while (performance.now() < deadline) {
    for (let k = 0; k < 64; k++) step(done++);
  }
  return done / ((performance.now() - start) / 1000);
}
