// The loop in miniature: 20 train seeds, 40 derived puzzles, 4 attempts each, every attempt verified in the sandbox.
import { closeSharedPool, verifyBatch } from "@puzzleloop/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { BuiltinModel } from "./builtin-model.ts";
import { seedTrainExamples } from "./testing/seed-train.ts";
import { derivationOf } from "./transform-kind.ts";

afterAll(() => closeSharedPool());

describe("built-in model on the seed library", () => {
  it("gets a verified solution for at least 30% of the puzzles it derives", {
    timeout: 180_000,
  }, async () => {
    const seeds = (await seedTrainExamples()).filter((_, i) => i % 9 === 0).slice(0, 20);
    expect(seeds).toHaveLength(20);
    const model = new BuiltinModel({ library: seeds, searchBudgetMs: 300, maxCandidates: 4000 });
    const generated = await model.generate({
      examples: seeds.map(({ sat }) => ({ sat })),
      n: 40,
      temperature: 0.8,
      seed: 7,
    });
    expect(generated.completions).toHaveLength(40);

    const byKind = new Map<string, { puzzles: number; solved: number }>();
    let solved = 0;
    for (const [i, { code: puzzle }] of generated.completions.entries()) {
      const response = await model.solve({
        examples: [],
        puzzle: { sat: puzzle! },
        n: 4,
        temperature: 0.8,
        seed: i,
      });
      expect(response.completions).toHaveLength(4);
      const results = await verifyBatch(
        response.completions.map((c) => ({ kind: "pair" as const, puzzle: puzzle!, solution: c.code ?? "" })),
      );
      const ok = results.some((r) => r.verified);
      if (ok) solved++;
      const kind = derivationOf(puzzle!) ?? "unknown";
      const counts = byKind.get(kind) ?? { puzzles: 0, solved: 0 };
      byKind.set(kind, { puzzles: counts.puzzles + 1, solved: counts.solved + (ok ? 1 : 0) });
    }
    const fraction = solved / generated.completions.length;
    console.log(
      `builtin yield: ${solved}/40 = ${(fraction * 100).toFixed(1)}% with a verified solution`,
      Object.fromEntries(byKind),
    );
    expect(fraction).toBeGreaterThanOrEqual(0.3);
  });
});
