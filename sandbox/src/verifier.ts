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

/** What isolated-vm throws when a call ran out of time; trusted only when the host also saw the time pass. */
const TIMEOUT_MESSAGE = "Script execution timed out.";

/**
 * Runs jobs one after another in one realm, replacing the realm whenever a job hit a limit or the
 * isolate died, so that the next job starts clean. It needs ISOLATED_VM_NODE_FLAGS (node-lines.js), and an
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

  /** Creates the realm now rather than on the first job; throws `SandboxHostError` on a host it cannot trust. */
  warmUp(): void {
    this.realmFor(this.defaults.memoryMb);
  }

  dispose(): void {
    this.realm?.dispose();
    this.realm = undefined;
  }

  private runPhases(job: Job, limits: Limits, seed: number): VerifyResult {
    const puzzle = this.prepare(job.puzzle, "puzzle", limits);
    if (!puzzle.ok) return fail("invalid", puzzle.error);
    if (job.kind === "answer") return this.checkAnswer(puzzle.code, job.answer, limits, seed);

    const solution = this.prepare(job.solution, "solution", limits);
    if (!solution.ok) return fail("invalid", solution.error);
    const ran = this.phase(
      (realm) => realm.pair(solution.code, puzzle.code, seed, limits.maxAnswerBytes, limits.timeoutMs),
      limits,
      2 * limits.timeoutMs,
      "sol or sat",
    );
    if (ran.kind === "fail") return fail(ran.status, ran.error);
    const out = ran.value;
    if (out[0] === "S") {
      return { ...fail("timeout", `sol ran past ${limits.timeoutMs} ms`), solveMs: Number(out.slice(1)) };
    }
    if (out[0] !== "P") return solveFailure(out);
    // P<solveMs>,<checkMs>,<answer length>,<answer><check result>
    const c1 = out.indexOf(",");
    const c2 = out.indexOf(",", c1 + 1);
    const c3 = out.indexOf(",", c2 + 1);
    const end = c3 + 1 + Number(out.slice(c2 + 1, c3));
    const answer = out.slice(c3 + 1, end);
    const solveMs = Number(out.slice(1, c1));
    const checkMs = Number(out.slice(c1 + 1, c2));
    // The common case is built directly: this path runs tens of thousands of times a second.
    if (out.length === end + 1 && out[end] === "T") {
      return { status: "verified", verified: true, ms: 0, answer, solveMs, checkMs };
    }
    const checked = out.slice(end);
    if (checked === "S") {
      return { ...fail("timeout", `sat ran past ${limits.timeoutMs} ms`), answer, solveMs, checkMs };
    }
    return { ...checkOutcome(checked), answer, solveMs, checkMs };
  }

  /** Phase 2 alone, on an answer given as JSON. */
  private checkAnswer(code: string, answer: string, limits: Limits, seed: number): VerifyResult {
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
    const t0 = performance.now();
    const checked = this.phase(
      (realm) => realm.check(code, answer, seed, limits.timeoutMs),
      limits,
      limits.timeoutMs,
      "sat",
    );
    const checkMs = round(performance.now() - t0);
    if (checked.kind === "fail") return { ...fail(checked.status, checked.error), answer, checkMs };
    return { ...checkOutcome(checked.value), answer, checkMs };
  }

  private prepare(source: string, what: string, limits: Limits) {
    if (typeof source !== "string") return { ok: false as const, error: `the ${what} is not a string` };
    // UTF-8 never has fewer bytes than UTF-16 code units: a source this long is over the limit
    // without parsing it; any other is measured once and its size cached with its transpiled code.
    const result = source.length > limits.maxSourceBytes ? undefined : this.transpiler.transpile(source);
    const bytes = result?.bytes ?? Buffer.byteLength(source, "utf8");
    if (result === undefined || bytes > limits.maxSourceBytes) {
      return {
        ok: false as const,
        error: `the ${what} has ${bytes} bytes, over the limit of ${limits.maxSourceBytes}`,
      };
    }
    return result.ok ? result : { ok: false as const, error: `the ${what} ${result.error}` };
  }

  /**
   * Runs one phase, turning isolate-level failures into statuses and replacing a spoilt realm.
   * Statuses come from what the host observed, never from an error's text alone: `memory` when the
   * isolate was disposed for reaching its heap limit, `timeout` when the call was stopped after its
   * time had passed, `error` for anything else.
   */
  private phase(run: (realm: Realm) => string, limits: Limits, hostTimeoutMs: number, name: string): Phase {
    const realm = this.realmFor(limits.memoryMb);
    const started = performance.now();
    try {
      return { kind: "ok", value: run(realm) };
    } catch (error) {
      const elapsed = performance.now() - started;
      const diedOfMemory = realm.disposed;
      // After a timeout or an isolate-level error, work queued inside the isolate (microtasks, a
      // half-finished phase) must not reach the next job: start over with a fresh realm.
      this.dispose();
      if (diedOfMemory) {
        return {
          kind: "fail",
          status: "memory",
          error: `${name} ran past the ${limits.memoryMb} MiB heap limit`,
        };
      }
      const message = error instanceof Error ? error.message : String(error);
      if (message === TIMEOUT_MESSAGE && elapsed >= hostTimeoutMs - 1) {
        return { kind: "fail", status: "timeout", error: `${name} ran past ${limits.timeoutMs} ms` };
      }
      return { kind: "fail", status: "error", error: `${name} crashed: ${message.split("\n")[0]}` };
    }
  }

  private realmFor(memoryMb: number): Realm {
    // A realm whose isolate died was dropped by `phase` when the call into it failed.
    if (this.realm !== undefined && this.realm.memoryMb !== memoryMb) this.dispose();
    if (this.realm === undefined) {
      this.realm = new Realm({ memoryMb });
      this.realmsCreated++;
    }
    return this.realm;
  }
}

/** Maps phase 1's coded failure (I invalid, E error) to a result. */
function solveFailure(coded: string): VerifyResult {
  return fail(coded[0] === "I" ? "invalid" : "error", coded.slice(1));
}

/** Maps phase 2's coded result (T true, F false or other, W threw, I invalid, E error). */
function checkOutcome(coded: string): VerifyResult {
  switch (coded[0]) {
    case "T":
      return { status: "verified", verified: true, ms: 0 };
    case "F":
    case "W":
      return fail("wrong_answer", coded.slice(1));
    case "I":
      return fail("invalid", coded.slice(1));
    default:
      return fail("error", coded.slice(1));
  }
}

function fail(status: VerifyStatus, error: string): VerifyResult {
  return { status, verified: false, error, ms: 0 };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
