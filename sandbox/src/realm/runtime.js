// Trusted code evaluated once in each fresh isolate, after SES lockdown and before `harden(globalThis)`.
// It makes the realm deterministic (seeded Math.random, fixed Date), captures the intrinsics the
// phases need before untrusted code runs, and returns the two phase functions to the host.
// The file is one function expression: the host evaluates it and calls it with the fixed time in ms
// and the deepest nesting an answer may have.
(function bootstrap(FIXED_TIME, MAX_DEPTH) {
  const g = globalThis;
  const FunctionCtor = Function;
  const isFiniteNumber = Number.isFinite;
  const { stringify, parse } = JSON;
  const { isArray } = Array;
  const { getPrototypeOf, keys, create, defineProperty, getOwnPropertyDescriptors, defineProperties } =
    Object;
  const ObjectProto = Object.prototype;
  const ArrayProto = Array.prototype;
  const InitialDate = g.Date;
  const SafeMap = Map;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  const mapSize = getOwnPropertyDescriptors(Map.prototype).size.get;
  const mapKeys = Map.prototype.keys;
  const iterNext = getPrototypeOf(new Map().keys()).next;
  const stringSlice = String.prototype.slice;
  const regexpTest = RegExp.prototype.test;
  const apply = Reflect.apply;

  // mulberry32: tiny, fast and good enough for puzzles that sample; reseeded at the start of every phase.
  let state = 0;
  function random() {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const mathProps = getOwnPropertyDescriptors(Math);
  mathProps.random = { value: random, writable: false, enumerable: false, configurable: false };
  const SeededMath = create(getPrototypeOf(Math), mathProps);

  // A Date whose "now" never moves; explicit dates still work as usual.
  function FixedDate(...args) {
    if (new.target === undefined)
      return apply(InitialDate.prototype.toString, new InitialDate(FIXED_TIME), []);
    return Reflect.construct(InitialDate, args.length === 0 ? [FIXED_TIME] : args, new.target);
  }
  defineProperties(FixedDate, {
    prototype: { value: InitialDate.prototype },
    now: { value: () => FIXED_TIME },
    parse: { value: InitialDate.parse },
    UTC: { value: InitialDate.UTC },
  });

  g.Math = SeededMath;
  g.Date = FixedDate;
  for (const name of ["lockdown", "repairIntrinsics", "Compartment", "assert", "getStackString", "console"]) {
    delete g[name];
  }

  // Module factories compiled from transpiled sources, so a puzzle verified K times is compiled once.
  // Calling a factory evaluates the module afresh: no state carries from one phase to the next.
  const factories = new SafeMap();
  const MAX_FACTORIES = 512;
  function factoryFor(code) {
    let factory = apply(mapGet, factories, [code]);
    if (factory === undefined) {
      factory = FunctionCtor(
        "exports",
        `"use strict";${code}\n;return [typeof sat === "function" ? sat : undefined, typeof sol === "function" ? sol : undefined];`,
      );
      if (apply(mapSize, factories, []) >= MAX_FACTORIES) {
        apply(mapDelete, factories, [apply(iterNext, apply(mapKeys, factories, []), []).value]);
      }
      apply(mapSet, factories, [code, factory]);
    }
    return factory;
  }

  class InvalidAnswer {
    constructor(message) {
      this.message = message;
    }
  }

  // Copies an answer into plain data made only of our own objects, reading each part once, so that
  // nothing the solution built (getters, proxies, toJSON, prototypes) can reach phase 2.
  function toPlain(value, depth) {
    if (depth > MAX_DEPTH) throw new InvalidAnswer(`the answer is nested deeper than ${MAX_DEPTH} levels`);
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        if (!isFiniteNumber(value)) {
          throw new InvalidAnswer("the answer contains a non-finite number");
        }
        return value;
      case "object": {
        if (value === null) return null;
        const proto = getPrototypeOf(value);
        if (isArray(value)) {
          if (proto !== ArrayProto) throw new InvalidAnswer("the answer contains an array of a subclass");
          const length = value.length;
          const out = [];
          for (let i = 0; i < length; i++) {
            const item = value[i];
            if (item === undefined)
              throw new InvalidAnswer("the answer contains undefined or a hole in an array");
            out[i] = toPlain(item, depth + 1);
          }
          return out;
        }
        if (proto !== ObjectProto && proto !== null) {
          throw new InvalidAnswer("the answer contains an object that is not a plain object or array");
        }
        const out = create(null);
        const names = keys(value);
        for (let i = 0; i < names.length; i++) {
          const name = names[i];
          const item = value[name];
          if (item === undefined)
            throw new InvalidAnswer(`the answer contains undefined at key ${stringify(name)}`);
          defineProperty(out, name, { value: toPlain(item, depth + 1), enumerable: true });
        }
        return out;
      }
      default:
        throw new InvalidAnswer(`the answer contains a ${typeof value}, which JSON cannot carry`);
    }
  }

  const MEMORY_ERROR = /allocation failed|Invalid (typed )?array length|Invalid string length|out of memory/i;

  // One line about a thrown value, without trusting it: any trap it sets off runs under the phase timeout.
  function describe(error) {
    try {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : `threw ${typeof error}`;
      return apply(stringSlice, String(message), [0, 500]);
    } catch {
      return "threw a value that could not be described";
    }
  }

  function isMemoryError(error) {
    try {
      return error instanceof RangeError && apply(regexpTest, MEMORY_ERROR, [String(error.message)]);
    } catch {
      return false;
    }
  }

  // Result codes (first character): A answer JSON, I invalid, E error, M memory, T sat returned true,
  // F sat returned something else, W sat threw.
  function solve(code, seed, maxAnswerChars) {
    state = seed | 0;
    let sol;
    try {
      sol = factoryFor(code)({})[1];
    } catch (error) {
      return isMemoryError(error) ? `M${describe(error)}` : `E${describe(error)}`;
    }
    if (sol === undefined) return "Ithe solution does not define a function `sol`";
    let answer;
    try {
      answer = sol();
    } catch (error) {
      return isMemoryError(error) ? `M${describe(error)}` : `Esol threw ${describe(error)}`;
    }
    let json;
    try {
      json = stringify(toPlain(answer, 0));
    } catch (error) {
      if (error instanceof InvalidAnswer) return `I${error.message}`;
      return isMemoryError(error)
        ? `M${describe(error)}`
        : `Ithe answer could not be read: ${describe(error)}`;
    }
    if (json.length > maxAnswerChars) {
      return `Ithe answer's JSON has ${json.length} characters, over the limit of ${maxAnswerChars}`;
    }
    return `A${json}`;
  }

  function check(code, answerJson, seed) {
    state = seed | 0;
    let sat;
    try {
      sat = factoryFor(code)({})[0];
    } catch (error) {
      return isMemoryError(error) ? `M${describe(error)}` : `E${describe(error)}`;
    }
    if (sat === undefined) return "Ithe puzzle does not define a function `sat`";
    let result;
    try {
      result = sat(parse(answerJson));
    } catch (error) {
      return isMemoryError(error) ? `M${describe(error)}` : `Wsat threw ${describe(error)}`;
    }
    if (result === true) return "T";
    return `Fsat returned ${result === false ? "false" : `a ${result === null ? "null" : typeof result}, not true`}`;
  }

  // Both phases in one call from the host: each host call with a timeout costs a timer, about as
  // much as verifying a trivial pair. The host's timeout covers both phases (twice the phase
  // limit); each phase's own limit is checked here against the clock the sandbox does not show.
  // Returns `<solve result>` when phase 1 fails, `S<ms>` when phase 1 ran too long, else
  // `P<solveMs>,<checkMs>,<answer length>,<answer><check result>`.
  const clock = InitialDate.now;
  function pair(solCode, satCode, seed, maxAnswerChars, timeoutMs) {
    const t0 = clock();
    const solved = solve(solCode, seed, maxAnswerChars);
    const t1 = clock();
    if (solved[0] !== "A") return solved;
    if (t1 - t0 > timeoutMs) return `S${t1 - t0}`;
    const answer = apply(stringSlice, solved, [1]);
    const checked = check(satCode, answer, seed);
    const t2 = clock();
    if (t2 - t1 > timeoutMs) return `P${t1 - t0},${t2 - t1},${answer.length},${answer}S`;
    return `P${t1 - t0},${t2 - t1},${answer.length},${answer}${checked}`;
  }

  harden(g);
  return [solve, check, pair];
});
