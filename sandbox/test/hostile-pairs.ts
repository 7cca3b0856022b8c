/** Hostile pairs: each is a way model output may try to loop, eat memory, escape, tamper or lie. */
import type { Limits, VerifyStatus } from "../src/types.ts";

/** The puzzle most hostile solutions are aimed at: it leans on builtins a tamperer would target. */
export const PUZZLE = `/** Find the list of the first n squares. */
export function sat(li: number[], n = 18): boolean {
  return Array.isArray(li) && li.length === n && li.every((x, i) => x === Math.pow(i, 2)) && JSON.stringify(li).length > 2;
}`;
export const HONEST = `export function sol(n = 18): number[] {
  return Array.from({ length: n }, (_, i) => i * i);
}`;
export const WRONG = "export function sol(n = 18): number[] { return [1]; }";

export interface HostileCase {
  name: string;
  status: VerifyStatus;
  solution: string;
  /** A hostile puzzle instead of PUZZLE. */
  puzzle?: string;
  /**
   * Limits for this case. A heap bomb reaches the heap limit only after the garbage collector has
   * fought it for a second or two: a longer timeout makes `memory`, not `timeout`, the certain end.
   */
  limits?: Partial<Limits>;
}

const SLOW_DEATH = { timeoutMs: 8000, memoryMb: 32 };

const sol = (body: string) => `export function sol(): unknown {\n${body}\n}`;
/** The tamper is swallowed and a wrong answer returned: only a tamper that worked could verify it. */
const tamper = (code: string) => sol(`try { ${code} } catch {}\nreturn [1];`);
const satBody = (body: string) => `export function sat(x: number[]): boolean {\n${body}\n}`;

export const HOSTILE: HostileCase[] = [
  // Loops and blocking.
  { name: "infinite loop in sol", status: "timeout", solution: sol("while (true) {}") },
  { name: "infinite loop in sat", status: "timeout", solution: HONEST, puzzle: satBody("for (;;) {}") },
  {
    name: "loop at the puzzle's top level",
    status: "timeout",
    solution: HONEST,
    puzzle: `while (true) {}\n${PUZZLE}`,
  },
  {
    name: "microtask loop",
    status: "timeout",
    solution: sol("Promise.resolve().then(function f() { Promise.resolve().then(f); });\nreturn [1];"),
  },
  {
    name: "catastrophic regex backtracking",
    status: "timeout",
    solution: sol('return [/^(a+)+$/.test("a".repeat(40) + "b")];'),
  },
  {
    name: "waiting on a clock that never moves",
    status: "timeout",
    solution: sol("const end = Date.now() + 10; while (Date.now() < end) {}\nreturn [];"),
  },
  {
    name: "Atomics.wait is not there",
    status: "error",
    solution: sol("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return [];"),
  },
  {
    name: "an answer that is a never-settling promise",
    status: "invalid",
    solution: "export async function sol() { await new Promise(() => {}); return [1]; }",
  },
  {
    name: "recursion without end",
    status: "error",
    solution: sol("const f = (n: number): number => f(n + 1) + 1; return [f(0)];"),
  },
  {
    name: "recursion without end in sat",
    status: "wrong_answer",
    solution: HONEST,
    puzzle: satBody("const f = (n: number): number => f(n + 1) + 1; return f(0) > 0;"),
  },
  // Memory. Reaching the heap limit is `memory`; an allocation the engine refuses (a string over
  // its length limit, an ArrayBuffer over what the limit leaves) throws, and is that code's `error`.
  {
    name: "heap bomb",
    status: "memory",
    limits: SLOW_DEATH,
    solution: sol("const a: number[][] = []; for (;;) a.push(new Array(1e7).fill(0));"),
  },
  {
    name: "small objects until the heap is full",
    status: "memory",
    limits: SLOW_DEATH,
    solution: sol('const a: unknown[] = []; for (let i = 0; ; i++) a.push({ i, s: "x" + i });'),
  },
  {
    name: "one allocation that kills the process",
    status: "memory",
    limits: SLOW_DEATH,
    solution: sol("return [new Array(2 ** 26).fill(0).length];"),
  },
  {
    name: "heap bomb in sat",
    status: "memory",
    limits: SLOW_DEATH,
    solution: HONEST,
    puzzle: satBody("const a: unknown[] = []; for (let i = 0; ; i++) a.push(new Array(1e7).fill(i));"),
  },
  { name: "string doubling bomb", status: "error", solution: sol('let s = "x"; for (;;) s += s;') },
  {
    name: "one huge ArrayBuffer",
    status: "error",
    solution: sol("return [new ArrayBuffer(2 ** 31).byteLength];"),
  },
  {
    name: "many ArrayBuffers",
    status: "error",
    solution: sol("const keep: ArrayBuffer[] = []; for (;;) keep.push(new ArrayBuffer(64 * 1024 * 1024));"),
  },
  { name: "huge typed array", status: "error", solution: sol("return [new Float64Array(2 ** 30).length];") },
  {
    name: "WebAssembly memory is not there",
    status: "error",
    solution: sol("return [new WebAssembly.Memory({ initial: 65536 }).buffer.byteLength];"),
  },
  // Tampering, meant to make this sat or a later one pass.
  {
    name: "replacing Array.prototype.every",
    status: "wrong_answer",
    solution: tamper("Array.prototype.every = () => true;"),
  },
  {
    name: "defining Array.prototype.every",
    status: "wrong_answer",
    solution: tamper('Object.defineProperty(Array.prototype, "every", { value: () => true });'),
  },
  {
    name: "replacing Array.isArray",
    status: "wrong_answer",
    solution: tamper("(Array as any).isArray = () => true;"),
  },
  {
    name: "replacing JSON on the global",
    status: "wrong_answer",
    solution: tamper('(globalThis as any).JSON = { stringify: () => "long enough" };'),
  },
  { name: "replacing Math.pow", status: "wrong_answer", solution: tamper("Math.pow = () => 1;") },
  {
    name: "replacing Math on the global",
    status: "wrong_answer",
    solution: tamper("(globalThis as any).Math = { pow: () => 1 };"),
  },
  {
    name: "Object.prototype pollution",
    status: "wrong_answer",
    solution: tamper("(Object.prototype as any).length = 18; (Object.prototype as any).every = () => true;"),
  },
  {
    name: "swapping Array.prototype's prototype",
    status: "wrong_answer",
    solution: tamper("Object.setPrototypeOf(Array.prototype, { every: () => true });"),
  },
  {
    name: "replacing Function.prototype.call",
    status: "wrong_answer",
    solution: tamper("Function.prototype.call = function () { return true; };"),
  },
  {
    name: "global var through indirect eval",
    status: "wrong_answer",
    solution: tamper('(0, eval)("var sat = () => true; var JSON = 1;");'),
  },
  {
    name: "Error.prepareStackTrace hook",
    status: "wrong_answer",
    solution: tamper("(Error as any).prepareStackTrace = () => true; (Error as any).stackTraceLimit = 0;"),
  },
  {
    name: "freezing shared state open via Reflect",
    status: "wrong_answer",
    solution: tamper(
      'Reflect.set(Array.prototype, "every", () => true); Reflect.deleteProperty(Array.prototype, "every");',
    ),
  },
  {
    name: "an own every on the answer",
    status: "wrong_answer",
    solution: sol('const a = [1]; Object.defineProperty(a, "every", { value: () => true }); return a;'),
  },
  {
    name: "a sat of its own in the solution",
    status: "wrong_answer",
    solution: `export function sat() { return true; }\n${WRONG}`,
  },
  {
    name: "a seeded Math.random that is replaced",
    status: "wrong_answer",
    solution: tamper("Math.random = () => 0;"),
  },
  // Reaching for the host.
  {
    name: "require",
    status: "error",
    solution: sol('return [require("fs").readFileSync("/etc/passwd", "utf8").length];'),
  },
  {
    name: "import of a node module",
    status: "invalid",
    solution: `import { readFileSync } from "node:fs";\nexport function sol() { return [readFileSync("/etc/passwd", "utf8").length]; }`,
  },
  { name: "process", status: "error", solution: sol("process.exit(0); return [];") },
  {
    name: "constructor chain to the global",
    status: "error",
    solution: sol('return [(function () {}).constructor("return process")().pid];'),
  },
  {
    name: "this.constructor.constructor",
    status: "error",
    solution: sol('return [({} as any).constructor.constructor("return this")().process.pid];'),
  },
  { name: "dynamic import", status: "error", solution: sol('return import("node:fs");') },
  {
    name: "FinalizationRegistry callbacks into later jobs",
    status: "error",
    solution: sol("new FinalizationRegistry(() => { for (;;) {} }).register({}, 1); return [];"),
  },
  // Answers that are not JSON.
  { name: "a function", status: "invalid", solution: sol("return () => [1];") },
  { name: "a promise", status: "invalid", solution: sol("return Promise.resolve([1]);") },
  { name: "a symbol", status: "invalid", solution: sol('return [Symbol("x")];') },
  { name: "a cycle", status: "invalid", solution: sol("const a: unknown[] = []; a.push(a); return a;") },
  { name: "a BigInt", status: "invalid", solution: sol("return [10n];") },
  { name: "undefined", status: "invalid", solution: sol("return undefined;") },
  { name: "a hole in an array", status: "invalid", solution: sol("return [1, , 3];") },
  {
    name: "a throwing toJSON",
    status: "invalid",
    solution: sol('return { toJSON() { throw new Error("no"); } };'),
  },
  {
    name: "a proxy whose get throws",
    status: "invalid",
    solution: sol('return new Proxy([1, 2], { get() { throw new Error("trap"); } });'),
  },
  {
    name: "a proxy whose get never returns",
    status: "timeout",
    solution: sol("return new Proxy([1, 2], { get() { for (;;) {} } });"),
  },
  {
    name: "a proxy lying about its prototype",
    status: "invalid",
    solution: sol("return new Proxy({}, { getPrototypeOf: () => Array.prototype });"),
  },
  {
    name: "a class instance",
    status: "invalid",
    solution: sol("class Squares { n = 18; } return new Squares();"),
  },
  { name: "a Date", status: "invalid", solution: sol("return new Date(0);") },
  { name: "NaN", status: "invalid", solution: sol("return [NaN];") },
  { name: "Infinity", status: "invalid", solution: sol("return [Infinity];") },
  {
    name: "an answer over the size limit",
    status: "invalid",
    solution: sol('return ["x".repeat(2 * 1024 * 1024)];'),
  },
  // Sources the verifier must refuse.
  {
    name: "a source over the size limit",
    status: "invalid",
    solution: `${HONEST}\n// ${"x".repeat(70 * 1024)}`,
  },
  { name: "a syntax error", status: "invalid", solution: "export function sol( { return [1] }" },
  { name: "a break out of the wrapper", status: "invalid", solution: "}); (function () { return [1];" },
  { name: "no sol", status: "invalid", solution: "export function solve() { return [1]; }" },
  {
    name: "no sat",
    status: "invalid",
    solution: HONEST,
    puzzle: "export function check(x: number[]) { return true; }",
  },
  { name: "sol throws", status: "error", solution: sol('throw new Error("no idea");') },
  {
    name: "sol throws a hostile value",
    status: "error",
    solution: sol("throw { get message() { for (;;) {} } };"),
  },
  // sat that is not honestly true.
  { name: "sat returns 1", status: "wrong_answer", solution: HONEST, puzzle: satBody("return 1 as any;") },
  {
    name: 'sat returns "true"',
    status: "wrong_answer",
    solution: HONEST,
    puzzle: satBody('return "true" as any;'),
  },
  {
    name: "sat returns an object",
    status: "wrong_answer",
    solution: HONEST,
    puzzle: satBody("return {} as any;"),
  },
  {
    name: "sat returns a promise of true",
    status: "wrong_answer",
    solution: HONEST,
    puzzle: "export async function sat(x: number[]) { return true; }",
  },
  {
    name: "sat throws on the answer",
    status: "wrong_answer",
    solution: HONEST,
    puzzle: satBody('throw new Error("bad");'),
  },
];
