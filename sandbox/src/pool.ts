/** Verification spread over child processes, with a bounded queue, a watchdog and crash recovery. */
import { type ChildProcess, fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { SANDBOX_V8_FLAGS, sandboxEnv } from "./child-process.ts";
import { resolveLimits } from "./limits.ts";
import { ISOLATED_VM_NODE_FLAGS } from "./node-lines.js";
import type { BatchMessage, ChildMessage, Task } from "./protocol.ts";
import { residentMb } from "./resident-memory.ts";
import type { Job, Limits, VerifyResult, VerifyStatus } from "./types.ts";

export interface SandboxPoolOptions {
  /**
   * Number of child processes.
   * @defaultValue os.availableParallelism()
   */
  size: number;
  /**
   * Most jobs waiting for a child; further submissions wait for room.
   * @defaultValue 10000
   */
  maxQueue: number;
  /**
   * Most jobs sent to a child in one message.
   * @defaultValue 64
   */
  batchSize: number;
  /**
   * Slack the watchdog allows on top of two phase timeouts before it kills a silent child.
   * @defaultValue 1000
   */
  graceMs: number;
  /**
   * Limits for jobs that bring none.
   * @defaultValue DEFAULT_LIMITS
   */
  limits: Partial<Limits>;
  /**
   * Resident memory, in MiB, a child may grow by while it verifies, over what it held when idle.
   * Memory outside the V8 heap counts too; past this, the child is killed and the job it ran gets
   * `memory`. Read from /proc, so enforced on Linux only. Unset, it is twice the heap limit of the
   * jobs the child holds (isolated-vm's heap limit is a guideline that hostile code can pass) plus
   * 256 MiB.
   * @defaultValue undefined
   */
  maxRssGrowthMb: number | undefined;
}

interface Pending {
  task: Task;
  resolve: (result: VerifyResult) => void;
  /** Set after the job was in a batch whose child died: it then runs alone, to find the culprit. */
  solo: boolean;
}

interface Child {
  proc: ChildProcess;
  ready: boolean;
  batch: { id: number; items: Pending[]; received: number } | undefined;
  lastHeard: number;
  killedByWatchdog: boolean;
  /** Set when the watchdog killed it for its resident memory, or for silence while it grew past its heap limit. */
  killedForMemory: string | undefined;
  /** Resident memory when its current batch was sent, in MiB. */
  idleRssMb: number | undefined;
  stderr: string;
}

const CHILD_ENTRY = new URL("./child.ts", import.meta.url);
const TSX_LOADER = import.meta.resolve("tsx");
const STARTUP_FAILURES_ALLOWED = 3;

export class SandboxPoolClosedError extends Error {
  override name = "SandboxPoolClosedError";
}

/**
 * isolated-vm cannot run in worker threads (`--no-node-snapshot` is refused there), and
 * an isolate out of memory can take its whole process down: so each core gets a child process, and
 * a crash costs one child, which is replaced; the jobs it held run again one by one.
 */
export class SandboxPool {
  private readonly options: SandboxPoolOptions;
  private readonly defaults: Limits;
  private readonly children: Child[] = [];
  private queue: Pending[] = [];
  private queueHead = 0;
  private readonly roomWaiters: (() => void)[] = [];
  private nextBatch = 0;
  private startupFailures = 0;
  private restarts = 0;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout;

  constructor(options: Partial<SandboxPoolOptions> = {}) {
    this.options = {
      size: options.size ?? availableParallelism(),
      maxQueue: options.maxQueue ?? 10_000,
      batchSize: options.batchSize ?? 64,
      graceMs: options.graceMs ?? 1000,
      limits: options.limits ?? {},
      maxRssGrowthMb: options.maxRssGrowthMb,
    };
    this.defaults = resolveLimits(this.options.limits);
    for (let i = 0; i < this.options.size; i++) this.children.push(this.spawn());
    this.watchdog = setInterval(() => this.checkSilence(), 100);
    this.watchdog.unref();
  }

  /** Verifies one job. */
  async run(job: Job, limits?: Partial<Limits>, seed?: number): Promise<VerifyResult> {
    if (this.closed) throw new SandboxPoolClosedError("the sandbox pool is closed");
    while (this.queued() >= this.options.maxQueue) await new Promise<void>((r) => this.roomWaiters.push(r));
    const task: Task = {
      job,
      limits: limits ? { ...this.defaults, ...resolveLimits(limits) } : this.defaults,
    };
    if (seed !== undefined) task.seed = seed;
    const result = new Promise<VerifyResult>((resolve) => this.queue.push({ task, resolve, solo: false }));
    this.dispatch();
    return result;
  }

  /** Verifies jobs in parallel; results come back in the order of `jobs`. */
  async runBatch(jobs: readonly Job[], limits?: Partial<Limits>): Promise<VerifyResult[]> {
    const results: Promise<VerifyResult>[] = [];
    for (const job of jobs) {
      // Submitting one by one, awaiting room, keeps the queue bounded however long `jobs` is.
      if (this.queued() >= this.options.maxQueue) await new Promise<void>((r) => this.roomWaiters.push(r));
      results.push(this.run(job, limits));
    }
    return Promise.all(results);
  }

  /** What the pool holds right now: for progress displays and for tests of its bounds. */
  stats(): { queued: number; inFlight: number; children: number; restarts: number; pids: number[] } {
    return {
      queued: this.queued(),
      inFlight: this.children.reduce(
        (n, c) => n + (c.batch ? c.batch.items.length - c.batch.received : 0),
        0,
      ),
      children: this.children.length,
      restarts: this.restarts,
      pids: this.children.flatMap((c) => (c.proc.pid === undefined ? [] : [c.proc.pid])),
    };
  }

  /** Stops every child; jobs still waiting end with status `error`. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    for (const pending of this.queue.slice(this.queueHead))
      pending.resolve(failure("error", "the sandbox pool was closed"));
    this.queue = [];
    this.queueHead = 0;
    for (const waiter of this.roomWaiters.splice(0)) waiter();
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.proc.exitCode !== null || child.proc.signalCode !== null) return resolve();
            child.proc.once("exit", () => resolve());
            // Idle children are unreferenced; waiting for their exit must keep the caller alive.
            child.proc.ref();
            child.proc.kill("SIGKILL");
          }),
      ),
    );
  }

  private queued(): number {
    return this.queue.length - this.queueHead;
  }

  private spawn(): Child {
    const proc = fork(CHILD_ENTRY, [], {
      execArgv: [...ISOLATED_VM_NODE_FLAGS, ...SANDBOX_V8_FLAGS, "--import", TSX_LOADER],
      env: sandboxEnv(),
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "json",
    });
    const child: Child = {
      proc,
      ready: false,
      batch: undefined,
      lastHeard: performance.now(),
      killedByWatchdog: false,
      killedForMemory: undefined,
      idleRssMb: undefined,
      stderr: "",
    };
    proc.stderr?.setEncoding("utf8");
    (proc.stderr as { unref?: () => void } | null)?.unref?.();
    proc.stderr?.on("data", (chunk: string) => {
      child.stderr = (child.stderr + chunk).slice(-2000);
    });
    proc.on("message", (message: ChildMessage) => this.onMessage(child, message));
    proc.on("exit", (code, signal) => this.onExit(child, code, signal));
    proc.on("error", () => {
      // 'exit' follows and does the accounting.
    });
    return child;
  }

  /** While the pool holds work, its children keep the caller's process alive; once idle, they must not. */
  private updateRefs(): void {
    const busy = this.queued() > 0 || this.children.some((c) => c.batch !== undefined);
    for (const child of this.children) {
      const channel = child.proc.channel as { ref(): void; unref(): void } | undefined;
      if (busy) {
        child.proc.ref();
        channel?.ref();
      } else {
        child.proc.unref();
        channel?.unref();
      }
    }
  }

  private onMessage(child: Child, message: ChildMessage): void {
    child.lastHeard = performance.now();
    if (message.type === "ready") {
      child.ready = true;
      this.startupFailures = 0;
      this.dispatch();
      return;
    }
    const batch = child.batch;
    if (batch === undefined || message.batch !== batch.id) return;
    for (const [i, result] of message.results.entries()) batch.items[message.from + i]?.resolve(result);
    batch.received = message.from + message.results.length;
    if (batch.received >= batch.items.length) {
      child.batch = undefined;
      this.dispatch();
    }
  }

  private onExit(child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    const index = this.children.indexOf(child);
    if (index === -1) return;
    const batch = child.batch;
    child.batch = undefined;
    if (!child.ready) this.startupFailures++;
    if (batch !== undefined) {
      const unfinished = batch.items.slice(batch.received);
      if (unfinished.length === 1 && batch.items.length === 1) {
        unfinished[0]?.resolve(crashResult(child, code, signal));
      } else {
        // We cannot tell which job killed the child: each runs again alone, ahead of the queue.
        for (const pending of unfinished) pending.solo = true;
        this.queue = [...unfinished, ...this.queue.slice(this.queueHead)];
        this.queueHead = 0;
      }
    }
    if (this.closed) return;
    if (this.startupFailures >= STARTUP_FAILURES_ALLOWED) {
      const reason = `the sandbox process could not start: ${child.stderr.trim().split("\n").pop() ?? `exit ${code}`}`;
      for (const pending of this.queue.slice(this.queueHead)) pending.resolve(failure("error", reason));
      this.queue = [];
      this.queueHead = 0;
      this.children.splice(index, 1);
      return;
    }
    this.children[index] = this.spawn();
    this.restarts++;
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closed) return;
    const idle = this.children.filter((c) => c.ready && c.batch === undefined);
    for (const child of idle) {
      if (this.queued() === 0) break;
      const share = Math.ceil(this.queued() / idle.length);
      const size = Math.max(1, Math.min(this.options.batchSize, share));
      const items: Pending[] = [];
      while (items.length < size && this.queueHead < this.queue.length) {
        const next = this.queue[this.queueHead] as Pending;
        if (next.solo && items.length > 0) break;
        items.push(next);
        this.queueHead++;
        if (next.solo) break;
      }
      const id = this.nextBatch++;
      child.batch = { id, items, received: 0 };
      child.lastHeard = performance.now();
      child.idleRssMb = residentMb(child.proc.pid);
      const message: BatchMessage = { type: "batch", batch: id, tasks: items.map((p) => p.task) };
      child.proc.send(message);
    }
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
    while (this.roomWaiters.length > 0 && this.queued() < this.options.maxQueue) this.roomWaiters.shift()?.();
    this.updateRefs();
  }

  /**
   * Kills a busy child that has been silent longer than any job it holds could take, or that holds
   * more resident memory than its jobs may use. A silent child that has grown past its heap limit
   * is fighting for memory (the collector runs where no timeout can stop it): its job gets `memory`.
   */
  private checkSilence(): void {
    const now = performance.now();
    for (const child of this.children) {
      if (child.batch === undefined || child.killedByWatchdog) continue;
      const held = child.batch.items.slice(child.batch.received).map((p) => p.task.limits);
      const slowest = Math.max(...held.map((l) => l.timeoutMs));
      const heapMb = Math.max(...held.map((l) => l.memoryMb));
      const rss = residentMb(child.proc.pid);
      const grown = rss === undefined || child.idleRssMb === undefined ? 0 : rss - child.idleRssMb;
      if (grown > (this.options.maxRssGrowthMb ?? 2 * heapMb + 256)) {
        child.killedForMemory = `its process grew by ${Math.round(grown)} MiB of resident memory, past what a ${heapMb} MiB heap limit allows`;
      } else if (now - child.lastHeard > 2 * slowest + this.options.graceMs) {
        if (grown >= heapMb) {
          child.killedForMemory = `it stopped answering while its process grew by ${Math.round(grown)} MiB, past the ${heapMb} MiB heap limit`;
        }
      } else {
        continue;
      }
      child.killedByWatchdog = true;
      child.proc.kill("SIGKILL");
    }
  }
}

function crashResult(child: Child, code: number | null, signal: NodeJS.Signals | null): VerifyResult {
  if (child.killedForMemory !== undefined) {
    return failure("memory", `ran out of memory: ${child.killedForMemory}; its sandbox process was stopped`);
  }
  if (child.killedByWatchdog) {
    return failure("timeout", "ran past its time limit without yielding; its sandbox process was stopped");
  }
  const memory =
    signal === "SIGABRT" || code === 134 || /out of memory|allocation failed/i.test(child.stderr);
  const status: VerifyStatus = memory ? "memory" : "error";
  return failure(
    status,
    `the sandbox process died (${signal ?? `exit code ${code}`})${memory ? " out of memory" : ""}`,
  );
}

function failure(status: VerifyStatus, error: string): VerifyResult {
  return { status, verified: false, error, ms: 0 };
}
