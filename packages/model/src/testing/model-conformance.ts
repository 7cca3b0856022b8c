// The behaviour every PuzzleModel shares, as a vitest suite: the HTTP model and the built-in baseline run the same one.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GenerateRequest, ModelResponse, PuzzleModel, SolveRequest } from "../types.ts";
import { SAMPLE_PUZZLES } from "./sample-puzzles.ts";

/** A model to test, with whatever must be torn down after (a server, a worker). */
export type ModelUnderTest = PuzzleModel | { model: PuzzleModel; cleanup?: () => void | Promise<void> };

const DECLARES = (name: string) =>
  new RegExp(
    `(?:^|\\n)\\s*(?:export\\s+)?(?:async\\s+)?function\\s*\\*?\\s*${name}\\s*[(<]|(?:^|\\n)\\s*(?:export\\s+)?(?:const|let|var)\\s+${name}\\s*[=:]`,
  );
const DECLARES_SAT = DECLARES("sat");
const DECLARES_SOL = DECLARES("sol");

function generateRequest(n: number, seed = 1): GenerateRequest {
  return { examples: SAMPLE_PUZZLES.map(({ sat }) => ({ sat })), n, temperature: 0.8, seed };
}

function solveRequest(n: number, seed = 1): SolveRequest {
  const [target, ...solved] = SAMPLE_PUZZLES;
  return { examples: solved.map((p) => ({ ...p })), puzzle: { sat: target!.sat }, n, temperature: 0.8, seed };
}

function expectUsage(response: ModelResponse): void {
  const { latencyMs, promptTokens, completionTokens } = response.usage;
  expect(Number.isFinite(latencyMs) && latencyMs >= 0).toBe(true);
  expect(Number.isInteger(promptTokens) && promptTokens >= 0).toBe(true);
  expect(Number.isInteger(completionTokens) && completionTokens >= 0).toBe(true);
}

/**
 * Registers the suite. `makeModel` runs once before the tests; set up anything the model needs there (a
 * scripted server, say) and return it with a `cleanup`. The model must write code for every completion
 * under these requests, as the built-in model does and as a scripted server can be told to.
 */
export function describeModelConformance(
  name: string,
  makeModel: () => ModelUnderTest | Promise<ModelUnderTest>,
): void {
  describe(`PuzzleModel conformance: ${name}`, () => {
    let model: PuzzleModel;
    let cleanup: (() => void | Promise<void>) | undefined;

    beforeAll(async () => {
      const made = await makeModel();
      if ("model" in made && typeof made.model === "object") {
        model = made.model;
        cleanup = made.cleanup;
      } else {
        model = made as PuzzleModel;
      }
    });

    afterAll(async () => {
      await cleanup?.();
    });

    it("has a non-empty name", () => {
      expect(typeof model.name).toBe("string");
      expect(model.name.trim()).not.toBe("");
    });

    it.each([1, 3])("generate returns %i completions whose code declares sat and not sol", async (n) => {
      const response = await model.generate(generateRequest(n));
      expect(response.completions).toHaveLength(n);
      for (const completion of response.completions) {
        expect(typeof completion.text).toBe("string");
        expect(completion.code).toMatch(DECLARES_SAT);
        expect(completion.code).not.toMatch(DECLARES_SOL);
      }
      expectUsage(response);
    });

    it.each([1, 4])("solve returns %i completions whose code declares sol and not sat", async (n) => {
      const response = await model.solve(solveRequest(n));
      expect(response.completions).toHaveLength(n);
      for (const completion of response.completions) {
        expect(typeof completion.text).toBe("string");
        expect(completion.code).toMatch(DECLARES_SOL);
        // A solution that brought its own sat could change what it is checked against.
        expect(completion.code).not.toMatch(DECLARES_SAT);
      }
      expectUsage(response);
    });

    it("works without few-shot examples", async () => {
      const generated = await model.generate({ ...generateRequest(2), examples: [] });
      expect(generated.completions).toHaveLength(2);
      const solved = await model.solve({ ...solveRequest(2), examples: [] });
      expect(solved.completions).toHaveLength(2);
      expect(solved.completions.every((c) => DECLARES_SOL.test(c.code ?? ""))).toBe(true);
    });

    it("returns no completions when asked for none", async () => {
      const response = await model.generate(generateRequest(0));
      expect(response.completions).toEqual([]);
      expectUsage(response);
    });

    it("rejects with the signal's reason when the signal is already aborted", async () => {
      const controller = new AbortController();
      const reason = new Error("stopped by the caller");
      controller.abort(reason);
      await expect(model.generate(generateRequest(1), controller.signal)).rejects.toBe(reason);
      await expect(model.solve(solveRequest(1), controller.signal)).rejects.toBe(reason);
    });

    it("leaves the request as it was", async () => {
      const request = solveRequest(2);
      const copy = structuredClone(request);
      await model.solve(request);
      expect(request).toEqual(copy);
    });

    it("serves concurrent calls independently", async () => {
      const responses = await Promise.all([
        model.generate(generateRequest(2, 11)),
        model.solve(solveRequest(3, 12)),
        model.generate(generateRequest(1, 13)),
      ]);
      expect(responses.map((r) => r.completions.length)).toEqual([2, 3, 1]);
    });
  });
}
