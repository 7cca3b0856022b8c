/** In-process verification of one job at a time in a pooled, hardened realm (see DESIGN.md). */
import { resolveLimits } from "./limits.ts";
import { Realm } from "./realm/index.ts";
import { Transpiler } from "./transpile.ts";
import type { Job, Limits, VerifyResult, VerifyStatus } from "./types.ts";

/** The seed `Math.random` starts from in every phase, unless a job brings its own. */
export const DEFAULT_SEED = 0x5eed;

export interface VerifierOptions {
  /**
   * Limits used when a job gives none.
   * @defaultValue DEFAULT_LIMITS
   */
  limits: Partial<Limits>;
}

type Phase = { kind: "ok"; value: string } | { kind: "fail"; status: VerifyStatus; error: string };

const TIMEOUT_MESSAGE = "Script execution timed out.";
const MEMORY_MESSAGE = /disposed during execution due to memory limit|memory limit/i;

/**
 * Runs jobs one after another in one realm, replacing the realm whenever a job hit a limit or the
 * isolate died, so that the next job starts clean. It needs `--no-node-snapshot` on Node 20, and an
 * isolate out of memory can still take the process down: callers that must survive hostile code
 * use the child-process pool instead.
 */
export class Verifier {
  private realm: Realm | undefined;
  private readonly transpiler = new Transpiler();
  private readonly defaults: Limits;
  /** How many realms this verifier has created; tests use it to see that a bad job forced a new one. */
  realmsCreated = 0;

  constructor(options: Partial<VerifierOptions> = {}) {
    this.defaults = resolveLimits(options.limits);
  }

  run(job: Job, limits?: Partial<Limits>, seed = DEFAULT_SEED): VerifyResult {
    const lim = limits === undefined ? this.defaults : { ...this.defaults, ...resolveLimits(limits) };
    const started = performance.now();
    const result = this.runPhases(job, lim, seed);
    result.ms = round(performance.now() - started);
    return result;
  }

  dispose(): void {
    this.realm?.dispose();
    this.realm = undefined;
  }

  private runPhases(job: Job, limits: Limits, seed: number): VerifyResult {
    const puzzle = this.prepare(job.puzzle, "puzzle", limits);
    if (!puzzle.ok) return fail("invalid", puzzle.error);

    let answer: string;
    let solveMs: number | undefined;
    if (job.kind === "pair") {
      const solution = this.prepare(job.solution, "solution", limits);
      if (!solution.ok) return fail("invalid", solution.error);
      const t0 = performance.now();
      const solved = this.phase(
        (realm) => realm.solve(solution.code, seed, limits.maxAnswerBytes, limits.timeoutMs),
        limits,
        "sol",
      );
      solveMs = round(performance.now() - t0);
      if (solved.kind === "fail") return { ...fail(solved.status, solved.error), solveMs };
      const tag = solved.value[0];
      const rest = solved.value.slice(1);
      if (tag !== "A")
        return { ...fail(tag === "I" ? "invalid" : tag === "M" ? "memory" : "error", rest), solveMs };
      answer = rest;
    } else {
      answer = job.answer;
      if (answer.length > limits.maxAnswerBytes) {
        return fail(
          "invalid",
          `the answer's JSON has ${answer.length} characters, over the limit of ${limits.maxAnswerBytes}`,
        );
      }
      try {
        JSON.parse(answer);
      } catch {
        return fail("invalid", "the answer is not valid JSON");
      }
    }

    const t1 = performance.now();
    const checked = this.phase(
      (realm) => realm.check(puzzle.code, answer, seed, limits.timeoutMs),
      limits,
      "sat",
    );
    const checkMs = round(performance.now() - t1);
    const base = { answer, solveMs, checkMs };
    if (checked.kind === "fail") return { ...fail(checked.status, checked.error), ...base };
    const tag = checked.value[0];
    const rest = checked.value.slice(1);
    switch (tag) {
      case "T":
        return { status: "verified", verified: true, ms: 0, ...base };
      case "F":
      case "W":
        return { ...fail("wrong_answer", rest), ...base };
      case "I":
        return { ...fail("invalid", rest), ...base };
      case "M":
        return { ...fail("memory", rest), ...base };
      default:
        return { ...fail("error", rest), ...base };
    }
  }

  private prepare(source: string, what: string, limits: Limits) {
    if (typeof source !== "string") return { ok: false as const, error: `the ${what} is not a string` };
    const bytes = Buffer.byteLength(source, "utf8");
    if (bytes > limits.maxSourceBytes) {
      return {
        ok: false as const,
        error: `the ${what} has ${bytes} bytes, over the limit of ${limits.maxSourceBytes}`,
      };
    }
    const result = this.transpiler.transpile(source);
    return result.ok ? result : { ok: false as const, error: `the ${what} ${result.error}` };
  }

  /** Runs one phase, turning isolate-level failures into statuses and replacing a spoilt realm. */
  private phase(run: (realm: Realm) => string, limits: Limits, name: string): Phase {
    const realm = this.realmFor(limits.memoryMb);
    try {
      return { kind: "ok", value: run(realm) };
    } catch (error) {
      const diedOfMemory = realm.disposed;
      // After a timeout or an isolate-level error, work queued inside the isolate (microtasks, a
      // half-finished phase) must not reach the next job: start over with a fresh realm.
      this.dispose();
      const message = error instanceof Error ? error.message : String(error);
      if (message === TIMEOUT_MESSAGE)
        return { kind: "fail", status: "timeout", error: `${name} ran past ${limits.timeoutMs} ms` };
      if (MEMORY_MESSAGE.test(message) || diedOfMemory) {
        return {
          kind: "fail",
          status: "memory",
          error: `${name} ran past the ${limits.memoryMb} MiB heap limit`,
        };
      }
      return { kind: "fail", status: "error", error: `${name} crashed: ${message.split("\n")[0]}` };
    }
  }

  private realmFor(memoryMb: number): Realm {
    if (this.realm !== undefined && (this.realm.disposed || this.realm.memoryMb !== memoryMb)) this.dispose();
    if (this.realm === undefined) {
      this.realm = new Realm({ memoryMb });
      this.realmsCreated++;
    }
    return this.realm;
  }
}

function fail(status: VerifyStatus, error: string): VerifyResult {
  return { status, verified: false, error, ms: 0 };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
