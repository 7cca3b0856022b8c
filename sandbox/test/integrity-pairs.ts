/**
 * Pairs aimed at the verified label itself: sources that run other than they read, state carried
 * between phases and jobs, verdicts that depend on the host, and statuses a message could fake.
 * Each has the one status it must get on every host, in every child, in any order.
 */
import type { HostileCase } from "./hostile-pairs.ts";
import { HONEST, PUZZLE, WRONG } from "./hostile-pairs.ts";

const sol = (body: string) => `export function sol(): unknown {\n${body}\n}`;
const satBody = (param: string, body: string) => `export function sat(${param}): boolean {\n${body}\n}`;
/** A puzzle asking for one value, by strict equality with what `expr` evaluates to inside sat. */
const equals = (expr: string) => satBody("x: unknown", `return x === (${expr});`);
const returns = (value: unknown) => sol(`return ${JSON.stringify(value)};`);
const ACCEPT_ANY = "export function sat(x: unknown): boolean { return true; }";

/** What runs must be exactly the module the text declares. */
export const SOURCE_SHAPE: HostileCase[] = [
  {
    name: "a second sat that accepts anything",
    status: "invalid",
    puzzle: `${PUZZLE}\nexport function sat(x: unknown) { return true; }`,
    solution: WRONG,
  },
  {
    name: "a var that redeclares sat",
    status: "invalid",
    puzzle: `${PUZZLE}\nvar sat = () => true;`,
    solution: WRONG,
  },
  {
    name: "a var in a block that redeclares sat",
    status: "invalid",
    puzzle: `${PUZZLE}\n{ var sat = () => true; }`,
    solution: WRONG,
  },
  {
    name: "a second sat spelled with an escape",
    status: "invalid",
    puzzle: `${PUZZLE}\nfunction s\\u0061t(x: unknown) { return true; }`,
    solution: WRONG,
  },
  {
    name: "a top-level return that would skip the real sat",
    status: "invalid",
    puzzle: `function sat(x: unknown) { return true; }\nif (sat) return;\n${PUZZLE.replace("export function sat", "function late")}`,
    solution: WRONG,
  },
  {
    name: "another function exported under the name sat",
    status: "invalid",
    puzzle: `function sat(x: unknown) { return true; }\n${PUZZLE.replace("export function sat", "function real")}\nexport { real as sat };`,
    solution: WRONG,
  },
  {
    name: "sat exported under another name",
    status: "invalid",
    puzzle: "function sat(x: unknown) { return true; }\nexport { sat as check };",
    solution: WRONG,
  },
  {
    name: "sat as the default export",
    status: "invalid",
    puzzle: "export default function sat(x: unknown) { return true; }",
    solution: WRONG,
  },
  {
    name: "a namespace whose code sat depends on",
    status: "invalid",
    puzzle: `let closed = true;\nnamespace Gate { closed = false; }\n${satBody("x: unknown", "return closed;")}`,
    solution: WRONG,
  },
  {
    name: "a namespace merged into sat",
    status: "invalid",
    puzzle: `${PUZZLE}\nnamespace sat { export const open = true; }`,
    solution: WRONG,
  },
  {
    name: "an enum, compiled as written",
    status: "verified",
    puzzle: `enum Level { Low = 2, High }\n${equals("Level.High")}`,
    solution: returns(3),
  },
  {
    name: "a const enum, compiled as written",
    status: "verified",
    puzzle: `const enum Level { Low = 2, High }\n${equals("Level.High")}`,
    solution: returns(3),
  },
  {
    name: "a parameter property, compiled as written",
    status: "verified",
    puzzle: `class Box { constructor(public size: number) {} }\n${equals("new Box(4).size")}`,
    solution: returns(4),
  },
  {
    name: "overload signatures before the real sat",
    status: "wrong_answer",
    puzzle: `export function sat(x: string): boolean;\nexport function sat(x: number): boolean;\n${PUZZLE.replace("sat(li: number[], n = 18): boolean", "sat(li: any, n = 18): boolean")}`,
    solution: WRONG,
  },
  {
    name: "sat declared only inside a block",
    status: "invalid",
    puzzle: "if (true) { function sat(x: unknown) { return true; } }",
    solution: WRONG,
  },
  {
    name: "sat planted on the global object",
    status: "error",
    puzzle: "(globalThis as any).sat = () => true;",
    solution: WRONG,
  },
  {
    name: "a sat that calls the sol beside it",
    status: "invalid",
    puzzle: `export function sat(x: unknown): boolean { return JSON.stringify(x) === JSON.stringify(sol()); }\n${WRONG}`,
    solution: WRONG,
  },
  {
    name: "arguments at the top level",
    status: "invalid",
    puzzle: `const a = arguments;\n${ACCEPT_ANY}`,
    solution: WRONG,
  },
  {
    name: "import.meta in the solution",
    status: "invalid",
    solution: `const here = import.meta.url;\n${WRONG}`,
  },
  { name: "top-level await in the solution", status: "invalid", solution: `await null;\n${HONEST}` },
  {
    name: "a decorator in the solution",
    status: "invalid",
    solution: `function d(t: unknown) { return t; }\n@d class K {}\n${WRONG}`,
  },
  { name: "import = require", status: "invalid", solution: `import fs = require("fs");\n${WRONG}` },
  { name: "export =", status: "invalid", solution: "export = 5;" },
  { name: "a with statement", status: "invalid", solution: `with ({}) {}\n${WRONG}` },
  { name: "a legacy octal literal", status: "invalid", solution: `const x = 010;\n${WRONG}` },
  { name: "an HTML comment", status: "invalid", solution: `<!-- hidden\n${WRONG}` },
  { name: "new.target at the top level", status: "invalid", solution: `new.target;\n${WRONG}` },
  { name: "sol declared twice", status: "invalid", solution: `${WRONG}\n${HONEST}` },
  {
    name: "another function exported under the name sol",
    status: "invalid",
    solution: `${WRONG}\n${HONEST.replace("export function sol", "function good")}\nexport { good as sol };`,
  },
  // Syntax that Node 24 and 26 compile and Node 20 does not: invalid on every host.
  {
    name: "a using declaration",
    status: "invalid",
    solution: sol("{ using r = { [Symbol.dispose]() {} }; }\nreturn [1];"),
  },
  { name: "a RegExp modifier", status: "invalid", solution: sol('return /(?i:a)b/.test("Ab") ? [1] : [];') },
  {
    name: "duplicate named groups in a RegExp",
    status: "invalid",
    solution: sol('return /(?<y>a)|(?<y>b)/.test("b") ? [1] : [];'),
  },
];

/** Nothing a phase does may be seen by the next phase or the next job. */
export const CARRIED_STATE: HostileCase[] = [
  {
    name: "sol sets Error.prepareStackTrace for sat to run",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", 'return String(new Error("probe").stack).includes("planted");'),
    solution: sol('try { (Error as any).prepareStackTrace = () => "planted"; } catch {}\nreturn 1;'),
  },
  {
    name: "sol sets Error.stackTraceLimit for sat to read",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", "return (Error as any).stackTraceLimit === 0;"),
    solution: sol("try { (Error as any).stackTraceLimit = 0; } catch {}\nreturn 1;"),
  },
  {
    name: "sol sets stackTraceLimit through a native error's constructor chain",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", "return (Object.getPrototypeOf(RangeError) as any).stackTraceLimit === 0;"),
    solution: sol(
      "try { (Object.getPrototypeOf(RangeError) as any).stackTraceLimit = 0; } catch {}\nreturn 1;",
    ),
  },
  {
    name: "a RegExp match carried from sol to sat",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", 'return (RegExp as any).$1 === "secret";'),
    solution: sol('/(secret)/.exec("the secret");\nreturn 1;'),
  },
  {
    name: "a symbol registered by sol, looked up by sat",
    status: "wrong_answer",
    puzzle: satBody(
      "x: unknown",
      'return Symbol.keyFor(Symbol.for("planted")) === "planted" && x === Symbol.for("planted").toString();',
    ),
    solution: sol('return String(Symbol.for("planted").toString()) + "!";'),
  },
  {
    name: "sol replaces Date on the global",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", "return Date.now() === 0;"),
    solution: sol("try { (globalThis as any).Date = { now: () => 0 }; } catch {}\nreturn 1;"),
  },
  {
    name: "sol replaces Error on the global",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", "return (Error as any).planted === true;"),
    solution: sol("try { (globalThis as any).Error = { planted: true }; } catch {}\nreturn 1;"),
  },
  {
    name: "sol adds a property to the shared Error",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", "return (Object.getPrototypeOf(TypeError) as any).planted === true;"),
    solution: sol("try { (Object.getPrototypeOf(TypeError) as any).planted = true; } catch {}\nreturn 1;"),
  },
  {
    name: "sol registers symbols to pin memory",
    status: "wrong_answer",
    solution: sol('for (let i = 0; i < 40; i++) Symbol.for(String(i).padEnd(1 << 18, "x"));\nreturn [1];'),
  },
];

/** The same pair gets the same status on every host: no real clock, UTC, one locale. */
export const HOST_AND_TIME: HostileCase[] = [
  {
    name: "Intl.DateTimeFormat reading the real clock",
    status: "error",
    puzzle: ACCEPT_ANY,
    solution: sol("return new (globalThis as any).Intl.DateTimeFormat().format();"),
  },
  {
    name: "Intl objects allocated outside the heap",
    status: "error",
    puzzle: ACCEPT_ANY,
    solution: sol(
      'const all = []; for (let i = 0; i < 20000; i++) all.push(new (globalThis as any).Intl.Collator("de")); return all.length;',
    ),
  },
  {
    name: "the hour of the epoch in local time",
    status: "verified",
    puzzle: equals("new Date(0).getHours()"),
    solution: returns(0),
  },
  {
    name: "the time zone offset",
    status: "verified",
    puzzle: equals("new Date(0).getTimezoneOffset()"),
    solution: returns(0),
  },
  {
    name: "a date printed with its time zone name",
    status: "verified",
    puzzle: equals("new Date(0).toString()"),
    solution: returns("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)"),
  },
  {
    name: "a local-time date string parsed",
    status: "verified",
    puzzle: equals('Date.parse("2020-01-01T00:00:00")'),
    solution: returns(1577836800000),
  },
  {
    name: "a date built from local components",
    status: "verified",
    puzzle: equals("new Date(2020, 0, 1).getTime()"),
    solution: returns(1577836800000),
  },
  {
    name: "a number formatted for the locale",
    status: "verified",
    puzzle: equals("(1234567.5).toLocaleString()"),
    solution: returns("1234567.5"),
  },
  {
    name: "a locale comparison",
    status: "verified",
    puzzle: equals('"ä".localeCompare("z")'),
    solution: returns(1),
  },
  {
    name: "a Turkish upper case",
    status: "verified",
    puzzle: equals('"i".toLocaleUpperCase("tr")'),
    solution: returns("I"),
  },
  {
    name: "a date formatted for the locale",
    status: "verified",
    puzzle: equals("new Date(0).toLocaleDateString()"),
    solution: returns("Thu Jan 01 1970"),
  },
  {
    name: "the real clock through the shared Date constructor",
    status: "error",
    puzzle: ACCEPT_ANY,
    solution: sol("return (new Date() as any).constructor.now();"),
  },
  {
    name: "a new date through the shared Date constructor",
    status: "error",
    puzzle: ACCEPT_ANY,
    solution: sol("const Shared: any = Date.prototype.constructor; return new Shared().getTime();"),
  },
  {
    name: "performance.now",
    status: "error",
    puzzle: ACCEPT_ANY,
    solution: sol("return (globalThis as any).performance.now();"),
  },
  // Patterns built at run time, in the syntax Node 24 and 26 compile and Node 20 does not: an error on
  // every host, on every path that compiles a pattern.
  ...[
    ["new RegExp", 'new RegExp("(?i:a)b").test("Ab")'],
    ["RegExp called", 'RegExp("(?i:a)b").test("Ab")'],
    ["a RegExp subclass", 'new (class extends RegExp {})("(?i:a)b").test("Ab")'],
    ["the prototype's constructor", 'new (/x/.constructor as any)("(?i:a)b").test("Ab")'],
    ["Reflect.construct", 'Reflect.construct(RegExp, ["(?i:a)b"]).test("Ab")'],
    ["String.prototype.match", '"Ab".match("(?i:a)b") !== null'],
    ["String.prototype.matchAll", '[..."Ab".matchAll("(?i:a)b")].length === 1'],
    ["String.prototype.search", '"Ab".search("(?i:a)b") === 0'],
    ["duplicate named groups", 'new RegExp("(?<y>a)|(?<y>b)").test("b")'],
  ].map(
    ([path, expr]): HostileCase => ({
      name: `newer RegExp syntax compiled at run time: ${path}`,
      status: "error",
      puzzle: ACCEPT_ANY,
      solution: sol(`return ${expr};`),
    }),
  ),
  {
    name: "run-time patterns of the checked syntax still compile",
    status: "verified",
    puzzle: satBody("x: unknown", 'return x === "a,b,c|1|0" && new RegExp("(?<d>\\\\d)", "v").test("7");'),
    solution: sol(
      'return ["a;b,c".split(new RegExp("[,;]")).join(","), "abc".match("b")?.index, "abc".search(RegExp("a", "i"))].join("|");',
    ),
  },
  {
    name: "sol replaces String.prototype.match for sat",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", 'return "abc".match("z") !== null;'),
    solution: sol('try { (String.prototype as any).match = () => ["z"]; } catch {}\nreturn 1;'),
  },
  {
    name: "sol replays sat's Math.random",
    status: "wrong_answer",
    puzzle: equals("Math.random()"),
    solution: sol("return Math.random();"),
  },
  {
    name: "sol replays sat's clock",
    status: "wrong_answer",
    puzzle: equals("Date.now()"),
    solution: sol("return Date.now();"),
  },
  {
    name: "sol replays sat's Date()",
    status: "wrong_answer",
    puzzle: equals("Date()"),
    solution: sol("return Date();"),
  },
];

/** A status is what the runtime observed, not what a message says. */
export const EARNED_STATUSES: HostileCase[] = [
  { name: "an invalid array length", status: "error", solution: sol("return [new Array(-1).length];") },
  {
    name: "a thrown error that reads like an allocation failure",
    status: "error",
    solution: sol('throw new RangeError("Array buffer allocation failed");'),
  },
  {
    name: "a thrown error that reads like out of memory",
    status: "error",
    solution: sol('throw new RangeError("JavaScript heap out of memory: allocation failed");'),
  },
  {
    name: "a thrown error that reads like the timeout",
    status: "error",
    solution: sol('throw new Error("Script execution timed out.");'),
  },
  {
    name: "sat throws what reads like the timeout",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", 'throw new Error("Script execution timed out.");'),
    solution: HONEST,
  },
  {
    // isolated-vm rethrows an unhandled rejection from the call: the pair crashed, it did not time out.
    name: "an unhandled rejection that reads like the timeout",
    status: "error",
    solution: sol('return Promise.reject(new Error("Script execution timed out."));'),
  },
  {
    name: "one 1 GiB array",
    status: "memory",
    solution: sol("return [new Array(2 ** 27).fill(0).length];"),
    // The heap limit, not the clock, must stop it: with a tight wall limit a loaded host reaches
    // the time first, and the status would depend on the machine's speed.
    limits: { timeoutMs: 30_000 },
  },
  {
    name: "a string past the engine's length limit",
    status: "error",
    solution: sol('return ["x".repeat(2 ** 30).length];'),
  },
  {
    name: "a typed array of negative length",
    status: "error",
    solution: sol("return [new Uint8Array(-1).length];"),
  },
  {
    name: "sol catches a stack overflow and answers",
    status: "wrong_answer",
    solution: sol("const f = (n: number): number => f(n + 1) + 1; try { f(0); } catch {}\nreturn [1];"),
  },
  {
    name: "sat catches a stack overflow and accepts",
    status: "verified",
    puzzle: satBody(
      "x: unknown",
      "const f = (n: number): number => f(n + 1) + 1; try { f(0); } catch { return true; } return false;",
    ),
    solution: WRONG,
  },
];

/** Answers cross between phases as JSON only. */
export const ANSWERS: HostileCase[] = [
  {
    name: "negative zero",
    status: "wrong_answer",
    puzzle: equals("-0 && Object.is(x, -0) ? x : NaN"),
    solution: sol("return -0;"),
  },
  {
    name: "a __proto__ key meant to pollute sat's objects",
    status: "wrong_answer",
    puzzle: satBody("x: unknown", "return ({} as any).polluted === true;"),
    solution: sol('return JSON.parse(\'{"__proto__": {"polluted": true}}\');'),
  },
  {
    name: "a getter that answers differently on each read",
    status: "wrong_answer",
    puzzle: satBody("x: any", "return x.v === 2;"),
    solution: sol("let n = 0; return { get v() { return ++n; } };"),
  },
  {
    name: "an object with a toJSON method",
    status: "invalid",
    solution: sol("return { toJSON() { return [1]; } };"),
  },
  {
    name: "an answer nested past the depth limit",
    status: "invalid",
    solution: sol("let a: unknown = 1; for (let i = 0; i < 2000; i++) a = [a]; return a;"),
  },
  { name: "a shared intrinsic as the answer", status: "invalid", solution: sol("return Array.prototype;") },
  {
    name: "a revoked proxy",
    status: "invalid",
    solution: sol("const { proxy, revoke } = Proxy.revocable([], {}); revoke(); return proxy;"),
  },
  { name: "a typed array", status: "invalid", solution: sol("return new Uint8Array(3);") },
  { name: "a Map", status: "invalid", solution: sol("return new Map([[1, 2]]);") },
];

export const INTEGRITY: HostileCase[] = [
  ...SOURCE_SHAPE,
  ...CARRIED_STATE,
  ...HOST_AND_TIME,
  ...EARNED_STATUSES,
  ...ANSWERS,
];
