/** Operations per second of a step, measured the same way for the sandbox and the host. */

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

/**
 * Runs `step` in batches for SECONDS of wall time; returns operations per second of this process's
 * CPU time (all its threads, isolated-vm's included). CPU time, not wall time: on a shared machine a
 * process gets a varying share of a core, and the one-core rates of the sandbox and of the host are
 * taken moments apart, in different processes.
 */
export function rate(step: (i: number) => unknown): number {
  for (let i = 0; i < 200; i++) step(i); // warm up: realm, compile caches, JIT
  let done = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const cpu = process.cpuUsage();
  while (performance.now() < deadline) {
    for (let k = 0; k < 64; k++) step(done++);
  }
  const used = process.cpuUsage(cpu);
  return done / ((used.user + used.system) / 1e6);
}
