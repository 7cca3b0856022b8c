/** A hardened, reusable JavaScript realm inside one isolated-vm isolate, exposing the two phases. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { SYNTAX_ECMA_VERSION } from "@puzzleloop/core/module-shape";
import {
  type IsolatedVmContext,
  type IsolatedVmIsolate,
  type IsolatedVmReference,
  isolatedVm,
} from "../isolated-vm.ts";

const require = createRequire(import.meta.url);
const SES_SOURCE = readFileSync(
  join(dirname(require.resolve("ses/package.json")), "dist", "ses.umd.min.js"),
  "utf8",
);
const PRE_LOCKDOWN_SOURCE = readFileSync(new URL("./pre-lockdown.js", import.meta.url), "utf8");
const SURFACE_SOURCE = readFileSync(new URL("./surface.js", import.meta.url), "utf8");
// regexpp's CommonJS build, run in the realm as the body of a function that returns its validator.
const REGEXPP_SOURCE = readFileSync(require.resolve("@eslint-community/regexpp"), "utf8");
const REGEXP_GATE_SOURCE = readFileSync(new URL("./regexp-syntax.js", import.meta.url), "utf8").trim();
const REGEXP_SYNTAX_SOURCE = `(function (ecmaVersion) {
  const module = { exports: {} };
  (function (module, exports) {\n${REGEXPP_SOURCE}\n})(module, module.exports);
  return (${REGEXP_GATE_SOURCE.replace(/;$/, "")})(module.exports.RegExpValidator, Number(ecmaVersion));
})`;
/** The built-ins every realm offers, whatever the engine: see surface.js and scripts/write-surface.ts. */
export const SURFACE_FILE = new URL("./surface.txt", import.meta.url);
const SURFACE = readFileSync(SURFACE_FILE, "utf8").trim();
const RUNTIME_SOURCE = readFileSync(new URL("./runtime.js", import.meta.url), "utf8");

/**
 * Globals removed before lockdown: each one is a way out of the heap limit, the timeout or
 * determinism. `Intl` reads the real clock (`new Intl.DateTimeFormat().format()`), the host's time
 * zone and locale, and allocates outside the V8 heap, where the heap limit does not see it.
 */
const REMOVED_GLOBALS = [
  "WebAssembly",
  "SharedArrayBuffer",
  "Atomics",
  "FinalizationRegistry",
  "WeakRef",
  "Intl",
];

/** 2020-01-01T00:00:00Z: what `Date.now()` says while `sol` runs; `sat` sees a later, answer-derived time. */
export const FIXED_TIME = 1577836800000;
/** Deepest nesting an answer may have. */
export const MAX_ANSWER_DEPTH = 1000;
/** Most characters of compiled module code a realm keeps between jobs. */
export const MAX_CACHED_CODE = 2 * 1024 * 1024;

/**
 * What `new Date(0).toString()` reads in a realm whose process runs in UTC with the C locale. Local
 * time and time zone names come from the process environment (`TZ`, `LC_ALL`), which V8 reads at
 * start: a realm refuses to start elsewhere rather than give verdicts that depend on the host.
 */
const EPOCH_IN_UTC = "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)";

/** The environment a sandbox process must be started with; see `SANDBOX_ENV` in child-process.ts. */
export class SandboxHostError extends Error {
  override name = "SandboxHostError";
}

export interface RealmOptions {
  /**
   * Heap limit of the isolate, in MiB.
   * @defaultValue 128
   */
  memoryMb: number;
}

/** Makes a fresh context's built-ins the same on every engine, before SES lockdown; see the scripts. */
function prepareBuiltins(context: IsolatedVmContext): void {
  callScript(context, PRE_LOCKDOWN_SOURCE, [REMOVED_GLOBALS.join(",")]);
  callScript(context, REGEXP_SYNTAX_SOURCE, [String(SYNTAX_ECMA_VERSION)]);
}

/** Evaluates a trusted script that is one function expression and calls it with string arguments. */
function callScript(context: IsolatedVmContext, source: string, args: string[]): string {
  const fn = context.evalSync(source, { reference: true }) as IsolatedVmReference;
  try {
    return fn.applySync(undefined, args) as string;
  } finally {
    fn.release();
  }
}

/** This engine's built-ins after the globals the sandbox removes: what scripts/write-surface.ts records. */
export function engineSurface(): string[] {
  const { Isolate } = isolatedVm();
  const isolate = new Isolate({ memoryLimit: 64 });
  try {
    const context = isolate.createContextSync();
    prepareBuiltins(context);
    return callScript(context, SURFACE_SOURCE, []).split("\n").sort();
  } finally {
    isolate.dispose();
  }
}

/**
 * One isolate with one locked-down context. Untrusted code never receives an isolated-vm object: the
 * host calls the phase functions with strings and gets a string back.
 */
export class Realm {
  readonly memoryMb: number;
  private readonly isolate: IsolatedVmIsolate;
  /** `(code, answerJson, seed) => string`, in the realm. */
  private readonly checkFn: IsolatedVmReference;
  /** `(solCode, satCode, seed, maxAnswer, timeoutMs) => string`, in the realm. */
  private readonly pairFn: IsolatedVmReference;

  constructor(options: RealmOptions) {
    this.memoryMb = options.memoryMb;
    const { Isolate } = isolatedVm();
    this.isolate = new Isolate({ memoryLimit: options.memoryMb });
    try {
      const context = this.isolate.createContextSync();
      const epoch = context.evalSync("new Date(0).toString()") as string;
      if (epoch !== EPOCH_IN_UTC) {
        throw new SandboxHostError(
          `the sandbox must run with TZ=UTC and LC_ALL=C (it read the epoch as "${epoch}"); start it through SandboxPool, or set them before starting node`,
        );
      }
      prepareBuiltins(context);
      const unlike = callScript(context, SURFACE_SOURCE, [SURFACE]);
      if (unlike !== "") {
        const lines = unlike.split("\n");
        throw new SandboxHostError(
          `this engine (Node ${process.version}) cannot offer the built-ins the sandbox offers on every host: ${lines.slice(0, 3).join(", ")}${lines.length > 3 ? `, and ${lines.length - 3} more` : ""}`,
        );
      }
      context.evalSync(SES_SOURCE);
      context.evalSync(
        `lockdown({ errorTaming: "safe", stackFiltering: "concise", overrideTaming: "moderate" });`,
      );
      const bootstrap = context.evalSync(RUNTIME_SOURCE, { reference: true }) as IsolatedVmReference;
      const phases = bootstrap.applySync(undefined, [FIXED_TIME, MAX_ANSWER_DEPTH, MAX_CACHED_CODE], {
        result: { reference: true },
      }) as IsolatedVmReference;
      bootstrap.release();
      this.checkFn = phases.getSync(1, { reference: true });
      this.pairFn = phases.getSync(2, { reference: true });
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
