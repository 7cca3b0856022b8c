// Trusted code evaluated in each fresh isolate before SES lockdown: every pattern a job compiles at run
// time is held to one ECMAScript edition's syntax, the one the module-shape check holds literals to.
// Newer engines accept syntax older ones reject (`(?i:a)`, a group name used in two alternatives): a
// pair building such a pattern would verify on one worker and throw on another. Patterns reach the
// engine's compiler through the RegExp constructor (called, constructed, subclassed, or reached
// through `RegExp.prototype.constructor` and species) and through `String.prototype.match`,
// `matchAll` and `search`, which compile a string argument themselves; each path checks here first.
// The file is one function expression, called with regexpp's RegExpValidator class and the edition.
// Nothing of regexpp is ever handed to job code: its errors are replaced by the realm's SyntaxError,
// since its classes are not intrinsics that lockdown freezes, and a job could plant a hook in them.
(function regExpSyntax(RegExpValidator, ecmaVersion) {
  // biome-ignore lint/suspicious/noRedundantUseStrict: the realm evaluates this file as a script, where `this` would otherwise be boxed
  "use strict";
  const NativeRegExp = RegExp;
  const NativeSyntaxError = SyntaxError;
  const NativeTypeError = TypeError;
  const NativeString = String;
  const { apply, construct, getOwnPropertyDescriptor } = Reflect;
  const validator = new RegExpValidator({ ecmaVersion });
  const sourceOf = getOwnPropertyDescriptor(NativeRegExp.prototype, "source").get;
  const stringIncludes = NativeString.prototype.includes;
  const { match: matchSymbol, matchAll: matchAllSymbol, search: searchSymbol } = Symbol;

  /** The pattern's source when it is a real RegExp (it has [[RegExpMatcher]]), else undefined. */
  const originalSource = (value) => {
    if (value === NativeRegExp.prototype || (typeof value !== "object" && typeof value !== "function")) {
      return undefined;
    }
    try {
      return apply(sourceOf, value, []);
    } catch {
      return undefined;
    }
  };

  // The spec's IsRegExp: one Get of @@match.
  const isRegExp = (value) => {
    if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
    const matcher = value[matchSymbol];
    if (matcher !== undefined) return Boolean(matcher);
    return originalSource(value) !== undefined;
  };

  // The spec's GetMethod.
  const getMethod = (value, key) => {
    const method = value[key];
    if (method === undefined || method === null) return undefined;
    if (typeof method !== "function") throw new NativeTypeError(`${NativeString(key)} is not a function`);
    return method;
  };

  const check = (source, flags) => {
    try {
      validator.validateFlags(flags);
      validator.validatePattern(source, 0, source.length, {
        unicode: apply(stringIncludes, flags, ["u"]),
        unicodeSets: apply(stringIncludes, flags, ["v"]),
      });
    } catch {
      throw new NativeSyntaxError(`Invalid regular expression: /${source}/${flags}`);
    }
  };

  // The RegExp constructor's steps up to the compile, with each observable read done once: what it
  // passes on to the engine are strings (or the real RegExp itself), so nothing can answer one way
  // here and another way there.
  const checked = (target, args, newTarget) => {
    const [pattern, flags] = args;
    const patternIsRegExp = isRegExp(pattern);
    if (newTarget === undefined && patternIsRegExp && flags === undefined) {
      if (pattern.constructor === gate) return pattern;
    }
    const original = originalSource(pattern);
    let source;
    let flagText;
    if (original !== undefined) {
      source = original;
      flagText = flags === undefined ? undefined : NativeString(flags);
      check(source, flagText ?? pattern.flags);
      const rest = flagText === undefined ? [pattern] : [pattern, flagText];
      return construct(target, rest, newTarget ?? gate);
    }
    if (patternIsRegExp) {
      source = pattern.source;
      flagText = flags === undefined ? pattern.flags : flags;
    } else {
      source = pattern;
      flagText = flags;
    }
    source = source === undefined ? "" : NativeString(source);
    flagText = flagText === undefined ? "" : NativeString(flagText);
    check(source, flagText);
    return construct(target, [source, flagText], newTarget ?? gate);
  };

  const gate = new Proxy(NativeRegExp, {
    apply: (target, _this, args) => checked(target, args, undefined),
    construct: (target, args, newTarget) => checked(target, args, newTarget),
  });
  NativeRegExp.prototype.constructor = gate;
  globalThis.RegExp = gate;

  const stringOf = (value, method) => {
    if (value === undefined || value === null) {
      throw new NativeTypeError(`String.prototype.${method} called on null or undefined`);
    }
    return NativeString(value);
  };

  // String.prototype.match, matchAll and search, as the spec writes them, compiling through the gate.
  // Concise methods: named, not constructors, as the originals.
  const methods = {
    match(regexp) {
      if (this === undefined || this === null) stringOf(this, "match");
      if (regexp !== undefined && regexp !== null) {
        const matcher = getMethod(regexp, matchSymbol);
        if (matcher !== undefined) return apply(matcher, regexp, [this]);
      }
      const text = stringOf(this, "match");
      const rx = new gate(regexp);
      return rx[matchSymbol](text);
    },
    matchAll(regexp) {
      if (this === undefined || this === null) stringOf(this, "matchAll");
      if (regexp !== undefined && regexp !== null) {
        if (isRegExp(regexp)) {
          const flags = regexp.flags;
          if (flags === undefined || flags === null || !apply(stringIncludes, NativeString(flags), ["g"])) {
            throw new NativeTypeError("String.prototype.matchAll called with a non-global RegExp argument");
          }
        }
        const matcher = getMethod(regexp, matchAllSymbol);
        if (matcher !== undefined) return apply(matcher, regexp, [this]);
      }
      const text = stringOf(this, "matchAll");
      const rx = new gate(regexp, "g");
      return rx[matchAllSymbol](text);
    },
    search(regexp) {
      if (this === undefined || this === null) stringOf(this, "search");
      if (regexp !== undefined && regexp !== null) {
        const searcher = getMethod(regexp, searchSymbol);
        if (searcher !== undefined) return apply(searcher, regexp, [this]);
      }
      const text = stringOf(this, "search");
      const rx = new gate(regexp);
      return rx[searchSymbol](text);
    },
  };
  for (const name of ["match", "matchAll", "search"]) {
    Object.defineProperty(NativeString.prototype, name, { value: methods[name] });
  }
});
