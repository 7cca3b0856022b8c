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
        properties.push([object, key, property]);
        const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
        if ("value" in descriptor) next.push([property, descriptor.value]);
        if (descriptor.get) next.push([`${property}[get]`, descriptor.get]);
        if (descriptor.set) next.push([`${property}[set]`, descriptor.set]);
      }
    }
    level = next;
  }
  if (allowedList === undefined) return properties.map(([, , property]) => property).join("\n");

  const allowed = new Set(allowedList.split("\n"));
  const present = new Set();
  const report = [];
  for (const [object, key, property] of properties) {
    if (allowed.has(property)) present.add(property);
    else if (!Reflect.deleteProperty(object, key)) report.push(`kept ${property}`);
  }
  for (const property of allowed) if (!present.has(property)) report.push(`missing ${property}`);
  return report.join("\n");
});
