// Trusted code evaluated in each fresh isolate before SES lockdown, while intrinsics can still change.
// It removes the globals that escape the limits or determinism, and replaces the engine's global
// symbol registry, which keeps every key a job registers for the life of the isolate (memory a later
// job would miss), with one that behaves the same within a phase and is emptied when a phase starts.
// The file is one function expression: the host calls it with the names of the globals to remove,
// joined by commas.
(function preLockdown(removedGlobals) {
  for (const name of removedGlobals.split(",")) delete globalThis[name];

  // Newer engines define these well-known symbols as fixed properties, which cannot be pruned away:
  // an engine without them gets them, so `Symbol.dispose` is a symbol on every host.
  for (const name of ["dispose", "asyncDispose"]) {
    if (!Object.hasOwn(Symbol, name)) {
      Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
    }
  }

  const registry = new Map();
  const keys = new WeakMap();
  const NativeSymbol = Symbol;
  // Concise methods: named functions that cannot be called with `new`, as the originals.
  const { for: forKey, keyFor } = {
    for(key) {
      const name = `${key}`;
      let symbol = registry.get(name);
      if (symbol === undefined) {
        symbol = NativeSymbol(name);
        registry.set(name, symbol);
        keys.set(symbol, name);
      }
      return symbol;
    },
    keyFor(symbol) {
      if (typeof symbol !== "symbol") throw new TypeError(`${String(symbol)} is not a symbol`);
      return keys.get(symbol);
    },
  };
  Object.defineProperty(Symbol, "for", { value: forKey });
  Object.defineProperty(Symbol, "keyFor", { value: keyFor });
  const clear = Map.prototype.clear;
  // Taken and deleted by runtime.js before `harden(globalThis)`: untrusted code never sees it.
  globalThis.__resetSymbolRegistry = () => Reflect.apply(clear, registry, []);
});
