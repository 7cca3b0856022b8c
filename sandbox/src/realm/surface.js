// Trusted code evaluated in each fresh isolate before SES lockdown: makes every engine offer puzzle
// code the same built-ins. Newer engines add methods (`Set.prototype.union`, `Iterator`, ...) that
// older ones lack: a pair using one would verify on one worker and fail on another. Every own
// property reachable from the global object (and from the intrinsics only syntax reaches) is named by
// its shortest path, keys in sorted order; those not in the allowed list are deleted.
// The file is one function expression. Called with no list, it returns this engine's surface, one
// path per line; with a list (one path per line), it prunes to it and returns the allowed paths this
// engine lacks, and the ones it could not delete, one per line prefixed "missing " or "kept ".
(function surface(allowedList) {
  const roots = [
    ["globalThis", globalThis],
    ["%GeneratorFunction.prototype%", Object.getPrototypeOf(function* () {})],
    ["%AsyncFunction.prototype%", Object.getPrototypeOf(async () => {})],
    ["%AsyncGeneratorFunction.prototype%", Object.getPrototypeOf(async function* () {})],
    ["%ArrayIteratorPrototype%", Object.getPrototypeOf([][Symbol.iterator]())],
    ["%StringIteratorPrototype%", Object.getPrototypeOf(""[Symbol.iterator]())],
    ["%MapIteratorPrototype%", Object.getPrototypeOf(new Map()[Symbol.iterator]())],
    ["%SetIteratorPrototype%", Object.getPrototypeOf(new Set()[Symbol.iterator]())],
    ["%RegExpStringIteratorPrototype%", Object.getPrototypeOf(/x/[Symbol.matchAll]("x"))],
    ["%TypedArray%", Object.getPrototypeOf(Int8Array)],
  ];
  const keyName = (key) => (typeof key === "symbol" ? `[${key.description}]` : key);
  // Names every property by its shortest path. Given `allowed`, it deletes each property not in it as
  // it meets it and does not walk into its value: a newer engine's global (`Iterator`) must not take
  // the name of an intrinsic an allowed path reaches (`%ArrayIteratorPrototype%.[[Prototype]]`), or
  // that intrinsic's allowed properties would be named by the deleted path and deleted with it.
  const walk = (allowed) => {
    const seen = new Set();
    const properties = [];
    let level = roots;
    while (level.length > 0) {
      const next = [];
      for (const [path, object] of level) {
        if (
          (typeof object !== "object" && typeof object !== "function") ||
          object === null ||
          seen.has(object)
        ) {
          continue;
        }
        seen.add(object);
        next.push([`${path}.[[Prototype]]`, Object.getPrototypeOf(object)]);
        const keys = Reflect.ownKeys(object).sort((a, b) => (keyName(a) < keyName(b) ? -1 : 1));
        for (const key of keys) {
          const property = `${path}.${keyName(key)}`;
          if (allowed !== undefined && !allowed.has(property) && Reflect.deleteProperty(object, key))
            continue;
          properties.push(property);
          const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
          if ("value" in descriptor) next.push([property, descriptor.value]);
          if (descriptor.get) next.push([`${property}[get]`, descriptor.get]);
          if (descriptor.set) next.push([`${property}[set]`, descriptor.set]);
        }
      }
      level = next;
    }
    return properties;
  };
  if (allowedList === undefined) return walk(undefined).join("\n");

  const allowed = new Set(allowedList.split("\n"));
  walk(allowed);
  // Judged on a fresh walk of what is left, named as a realm that never had the deleted ones names it.
  const left = new Set(walk(undefined));
  const report = [];
  for (const property of left) if (!allowed.has(property)) report.push(`kept ${property}`);
  for (const property of allowed) if (!left.has(property)) report.push(`missing ${property}`);
  return report.join("\n");
});
