/** Every engine offers puzzle code the same built-ins: newer ones are pruned to the recorded surface. */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { engineSurface, SURFACE_FILE } from "../src/realm/index.ts";
import { Verifier } from "../src/verifier.ts";

const verifier = new Verifier();
afterAll(() => verifier.dispose());
const recorded = readFileSync(SURFACE_FILE, "utf8").trim().split("\n");

describe("the realm's built-ins", () => {
  it("this engine has every recorded built-in (so a realm can start here)", () => {
    const here = new Set(engineSurface());
    expect(recorded.filter((path) => !here.has(path))).toEqual([]);
    expect(recorded.length).toBeGreaterThan(1500);
  });

  it("a built-in newer than the recorded surface is absent from the realm on every engine", () => {
    // Set.prototype.union and Iterator exist from Node 22, Promise.withResolvers too: none of them
    // is in the surface recorded on Node 20, so a pair using them fails the same way everywhere.
    expect(recorded).not.toContain("globalThis.Set.prototype.union");
    const probe = (expr: string) =>
      verifier.run({
        kind: "pair",
        puzzle: "export function sat(x: string): boolean { return x === 'undefined'; }",
        solution: `export function sol(): string { return typeof (${expr}); }`,
      }).status;
    expect(probe("new Set([1]).union")).toBe("verified");
    expect(probe("(globalThis as any).Iterator")).toBe("verified");
    expect(probe("(Promise as any).withResolvers")).toBe("verified");
    expect(probe("(Math as any).sumPrecise")).toBe("verified");
    expect(probe("Array.prototype.toSorted")).toBe("wrong_answer");
  });
});
