/** A hardened, reusable JavaScript realm inside one isolated-vm isolate, exposing the two phases. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ivm from "isolated-vm";

const require = createRequire(import.meta.url);
const SES_SOURCE = readFileSync(
  join(dirname(require.resolve("ses/package.json")), "dist", "ses.umd.min.js"),
  "utf8",
);
const RUNTIME_SOURCE = readFileSync(new URL("./runtime.js", import.meta.url), "utf8");

/** Globals removed before lockdown: each one is a way out of the heap limit, the timeout or determinism. */
const REMOVED_GLOBALS = ["WebAssembly", "SharedArrayBuffer", "Atomics", "FinalizationRegistry", "WeakRef"];

/** 2020-01-01T00:00:00Z: what `Date.now()` says inside the sandbox. */
export const FIXED_TIME = 1577836800000;
/** Deepest nesting an answer may have. */
export const MAX_ANSWER_DEPTH = 1000;

export interface RealmOptions {
  /**
   * Heap limit of the isolate, in MiB.
   * @defaultValue 128
   */
  memoryMb: number;
}

/**
 * One isolate with one locked-down context. Untrusted code never receives an isolated-vm object: the
 * host calls the phase functions with strings and gets a string back.
 */
export class Realm {
  readonly memoryMb: number;
  private readonly isolate: ivm.Isolate;
  private readonly checkFn: ivm.Reference<(code: string, answer: string, seed: number) => string>;
  private readonly pairFn: ivm.Reference<
    (solCode: string, satCode: string, seed: number, maxAnswer: number, timeoutMs: number) => string
  >;

  constructor(options: RealmOptions) {
    this.memoryMb = options.memoryMb;
    this.isolate = new ivm.Isolate({ memoryLimit: options.memoryMb });
    try {
      const context = this.isolate.createContextSync();
      context.evalSync(REMOVED_GLOBALS.map((name) => `delete globalThis.${name};`).join(""));
      context.evalSync(SES_SOURCE);
      context.evalSync(
        `lockdown({ errorTaming: "safe", stackFiltering: "concise", overrideTaming: "moderate" });`,
      );
      const bootstrap = context.evalSync(RUNTIME_SOURCE, { reference: true }) as ivm.Reference<unknown>;
      const phases = bootstrap.applySync(undefined, [FIXED_TIME, MAX_ANSWER_DEPTH], {
        result: { reference: true },
      }) as ivm.Reference<unknown[]>;
      bootstrap.release();
      this.checkFn = phases.getSync(1, { reference: true }) as never;
      this.pairFn = phases.getSync(2, { reference: true }) as never;
      phases.release();
    } catch (error) {
      this.isolate.dispose();
      throw error;
    }
  }

  /** Phase 2: evaluates `code` and calls its `sat` on a fresh parse of `answerJson`. */
  check(code: string, answerJson: string, seed: number, timeoutMs: number): string {
    return this.checkFn.applySync(undefined, [code, answerJson, seed], { timeout: timeoutMs }) as string;
  }

  /**
   * Both phases in one call; the host's timeout is twice the phase limit and the runtime checks
   * each phase against its own limit. See `pair` in runtime.js for the result's encoding.
   */
  pair(solCode: string, satCode: string, seed: number, maxAnswerChars: number, timeoutMs: number): string {
    return this.pairFn.applySync(undefined, [solCode, satCode, seed, maxAnswerChars, timeoutMs], {
      timeout: 2 * timeoutMs,
    }) as string;
  }

  get disposed(): boolean {
    return this.isolate.isDisposed;
  }

  dispose(): void {
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }
}
