/** The adversarial suite: every hostile pair gets its exact status and leaves no trace in later jobs. */
import { afterAll, describe, expect, it } from "vitest";
import { SandboxPool } from "../src/pool.ts";
import { HONEST, HOSTILE, PUZZLE, WRONG } from "./hostile-pairs.ts";
import { INTEGRITY } from "./integrity-pairs.ts";

// One child, so each hostile job and the honest jobs after it share a process and, unless the
// hostile one spoilt it, a realm: exactly where a leaked tamper would show.
const pool = new SandboxPool({ size: 1, limits: { timeoutMs: 500, memoryMb: 64 } });
afterAll(() => pool.close());

describe("hostile pairs", () => {
  it("has at least 40 escape and abuse cases and 60 integrity cases", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
    expect(INTEGRITY.length).toBeGreaterThanOrEqual(60);
    expect(new Set([...HOSTILE, ...INTEGRITY].map((c) => c.name)).size).toBe(
      HOSTILE.length + INTEGRITY.length,
    );
  });

  for (const hostile of [...HOSTILE, ...INTEGRITY]) {
    it(`${hostile.name}: ${hostile.status}, then honest pairs still verify`, async () => {
      const job = { kind: "pair", puzzle: hostile.puzzle ?? PUZZLE, solution: hostile.solution } as const;
      const result = await pool.run(job, hostile.limits);
      expect({ status: result.status, error: result.error }).toMatchObject({ status: hostile.status });
      expect(result.verified).toBe(hostile.status === "verified");
      if (!result.verified) expect(result.error).toMatch(/^[^\n]+$/);

      const honest = await pool.run({ kind: "pair", puzzle: PUZZLE, solution: HONEST });
      expect(honest.status).toBe("verified");
      const wrong = await pool.run({ kind: "pair", puzzle: PUZZLE, solution: WRONG });
      expect(wrong.status).toBe("wrong_answer");
    });
  }
});
