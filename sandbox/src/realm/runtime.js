// Trusted code evaluated once in each fresh isolate, after SES lockdown and before `harden(globalThis)`.
// It makes the realm deterministic (seeded Math.random, fixed Date), closes the channels SES leaves
// open in the start compartment, captures the intrinsics the phases need before untrusted code runs,
// and returns the phase functions to the host. The file is one function expression: the host
// evaluates it and calls it with the fixed time in ms, the deepest nesting an answer may have and
// the most characters of compiled code to keep.
(function bootstrap(FIXED_TIME, MAX_DEPTH, MAX_CACHED_CODE) {
  const g = globalThis;
  // Set by the pre-lockdown script (see realm/index.ts): empties the per-phase Symbol registry.
  const resetSymbolRegistry = g.__resetSymbolRegistry;
  delete g.__resetSymbolRegistry;
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

  // A Date whose "now" does not move within a phase; explicit dates still work as usual.
  let now = FIXED_TIME;
  function FixedDate(...args) {
    if (new.target === undefined) return apply(InitialDate.prototype.toString, new InitialDate(now), []);
    return Reflect.construct(InitialDate, args.length === 0 ? [now] : args, new.target);
  }
  defineProperties(FixedDate, {
    prototype: { value: InitialDate.prototype },
    now: { value: () => now },
    parse: { value: InitialDate.parse },
    UTC: { value: InitialDate.UTC },
  });

  g.Math = SeededMath;
  g.Date = FixedDate;
  // The start compartment's Error can set V8's own stackTraceLimit and prepareStackTrace: a phase
  // could change how the next phase's errors read, or plant a hook that runs inside a later job.
  // SES's shared Error, which every native error already inherits from, has only inert setters.
  g.Error = Error.prototype.constructor;
  for (const name of ["lockdown", "repairIntrinsics", "Compartment", "assert", "getStackString", "console"]) {
    delete g[name];
  }

  // Module factories compiled from transpiled sources, so a puzzle verified K times is compiled once.
  // Calling a factory evaluates the module afresh: no state carries from one phase to the next. The
  // cache is bounded by the size of the code it holds, so it never takes a share of the heap that a
  // later job would miss.
  const factories = new SafeMap();
  let cachedChars = 0;
  function evictOldest() {
    const oldest = apply(iterNext, apply(mapKeys, factories, []), []).value;
    apply(mapDelete, factories, [oldest]);
    cachedChars -= oldest.length;
  }
  class CompileError {
    constructor(message) {
      this.message = message;
    }
  }
  function factoryFor(code) {
    let factory = apply(mapGet, factories, [code]);
    if (factory === undefined) {
      try {
        factory = FunctionCtor(
          "exports",
          `"use strict";${code}\n;return [typeof sat === "function" ? sat : undefined, typeof sol === "function" ? sol : undefined];`,
        );
      } catch (error) {
        throw new CompileError(`does not compile: ${describe(error)}`);
      }
      while (apply(mapSize, factories, []) > 0 && cachedChars + code.length > MAX_CACHED_CODE) evictOldest();
      if (code.length <= MAX_CACHED_CODE) {
        apply(mapSet, factories, [code, factory]);
        cachedChars += code.length;
      }
    }
    return factory;
  }

  /** Evaluates a module afresh; a result starting with a status code means it failed. */
  function evaluate(code, what) {
    let factory;
    try {
      factory = factoryFor(code);
    } catch (error) {
      if (error instanceof CompileError) return `Ithe ${what} ${error.message}`;
      return `Ethe ${what} could not be compiled: ${describe(error)}`;
    }
    try {
      return factory({});
    } catch (error) {
      return `Ethe ${what}'s top-level code threw ${describe(error)}`;
    }
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

  // One line about a thrown value, without trusting it: any trap it sets off runs under the phase timeout.
  function describe(error) {
    try {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : `threw ${typeof error}`;
      return apply(stringSlice, String(message), [0, 500]);
    } catch {
      return "threw a value that could not be described";
    }
  }

  // sat's stream and clock start from the phase seed mixed with its answer (FNV-1a), so a solution
  // cannot replay them by calling Math.random or Date.now itself, and the same pair always draws the
  // same numbers. A puzzle whose verdict changes with them is one whose verdict changes with the
  // seed, which the puzzle checks reject.
  function checkSeed(seed, answerJson) {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    // A direct call: the answer is a primitive string and lockdown froze String.prototype, so no
    // puzzle code can replace charCodeAt; Reflect.apply per character made this the costliest step
    // of a trivial pair under the sandbox's interpreter-only tiers.
    for (let i = 0; i < answerJson.length; i++) {
      h ^= answerJson.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h | 0;
  }

  /** Puts a phase in the state every phase starts from; `clockOffset` moves its fixed "now". */
  function startPhase(seed, clockOffset) {
    state = seed | 0;
    now = FIXED_TIME + clockOffset;
    resetSymbolRegistry();
  }

  // Result codes (first character): A answer JSON, I invalid, E error, T sat returned true,
  // F sat returned something else, W sat threw. A status is given for what was observed: a value
  // thrown by puzzle code is that code's failure whatever its message says; running out of time or
  // memory is decided by the host, which sees the isolate hit its limits.
  function solve(code, seed, maxAnswerChars) {
    startPhase(seed, 0);
    const module = evaluate(code, "solution");
    if (typeof module === "string") return module;
    const sol = module[1];
    if (sol === undefined) return "Ithe solution does not define a function `sol`";
    let answer;
    try {
      answer = sol();
    } catch (error) {
      return `Esol threw ${describe(error)}`;
    }
    let json;
    try {
      json = stringify(toPlain(answer, 0));
    } catch (error) {
      if (error instanceof InvalidAnswer) return `I${error.message}`;
      return `Ithe answer could not be read: ${describe(error)}`;
    }
    if (json.length > maxAnswerChars) {
      return `Ithe answer's JSON has ${json.length} characters, over the limit of ${maxAnswerChars}`;
    }
    return `A${json}`;
  }

  function check(code, answerJson, seed) {
    const derived = checkSeed(seed, answerJson);
    // Up to 2^31 ms (under 25 days) after the fixed time: sat's dates stay in January 2020.
    startPhase(derived, derived >>> 1);
    const module = evaluate(code, "puzzle");
    if (typeof module === "string") return module;
    const sat = module[0];
    if (sat === undefined) return "Ithe puzzle does not define a function `sat`";
    let result;
    try {
      result = sat(parse(answerJson));
    } catch (error) {
      return `Wsat threw ${describe(error)}`;
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
