// HttpModel over real HTTP against the scripted server: conformance, request shape, sampling, usage, faults, limits.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ModelConfigError,
  ModelHttpError,
  ModelNetworkError,
  ModelResponseError,
  ModelTimeoutError,
} from "./errors.ts";
import { HttpModel, type HttpModelOptions } from "./http-model.ts";
import { generationPrompt, solvingPrompt } from "./prompts.ts";
import { describeModelConformance } from "./testing/model-conformance.ts";
import {
  puzzleResponder,
  reply,
  type ScriptedOpenAiServer,
  type ScriptedOpenAiServerOptions,
  scripted,
  startOpenAiServer,
} from "./testing/openai-server.ts";
import { SAMPLE_PUZZLES } from "./testing/sample-puzzles.ts";
import type { GenerateRequest, SolveRequest } from "./types.ts";

// Quick retries, so fault tests take milliseconds; tests about delays set their own.
const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 2_000, timeoutMs: 5_000, maxAttempts: 3 };

const examples = SAMPLE_PUZZLES.map(({ sat }) => ({ sat }));
const generate = (n: number, seed = 7): GenerateRequest => ({ examples, n, temperature: 0.7, seed });
const solve = (n: number, seed = 7): SolveRequest => ({
  examples: SAMPLE_PUZZLES.slice(1),
  puzzle: { sat: SAMPLE_PUZZLES[0]!.sat },
  n,
  temperature: 0.2,
  seed,
});

describeModelConformance("HttpModel against a scripted endpoint", async () => {
  const server = await startOpenAiServer();
  return { model: new HttpModel(server.url, { retry: FAST_RETRY }), cleanup: () => server.stop() };
});

describeModelConformance("HttpModel against an endpoint that ignores n", async () => {
  const server = await startOpenAiServer({ honourN: false });
  return { model: new HttpModel(server.url, { retry: FAST_RETRY }), cleanup: () => server.stop() };
});

describeModelConformance("HttpModel with a Hub id, routed to a scripted server", async () => {
  const server = await startOpenAiServer();
  const model = new HttpModel("Qwen/Qwen2.5-Coder-7B-Instruct", {
    token: "hf_test",
    retry: FAST_RETRY,
    urlTransform: (url) => url.replace("https://router.huggingface.co", server.url),
  });
  return { model, cleanup: () => server.stop() };
});

describe("HttpModel", () => {
  let server: ScriptedOpenAiServer;

  async function serve(options: ScriptedOpenAiServerOptions = {}): Promise<ScriptedOpenAiServer> {
    server = await startOpenAiServer(options);
    return server;
  }

  function model(options: HttpModelOptions = {}, url = server.url): HttpModel {
    return new HttpModel(url, { ...options, retry: { ...FAST_RETRY, ...options.retry } });
  }

  beforeEach(() => {
    vi.stubEnv("HF_TOKEN", "");
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await server?.stop();
  });

  describe("request shape", () => {
    it("sends the prompt, sampling parameters and the served model name to /v1/chat/completions", async () => {
      await serve({ models: ["qwen2.5-coder"] });
      await model({ maxTokens: 321 }).generate(generate(3, 42));
      expect(server.requests).toHaveLength(1);
      const [request] = server.requests;
      expect(request!.method).toBe("POST");
      expect(request!.path).toBe("/v1/chat/completions");
      expect(request!.model).toBe("qwen2.5-coder");
      expect(request!.messages).toEqual(generationPrompt(examples).messages);
      expect(request!.temperature).toBe(0.7);
      expect(request!.n).toBe(3);
      expect(request!.seed).toBe(42);
      expect(request!.maxTokens).toBe(321);
      expect(request!.body).not.toHaveProperty("provider");
      expect(request!.body).not.toHaveProperty("stream");
      expect(request!.headers.authorization).toBeUndefined();
    });

    it("sends the solving prompt for solve", async () => {
      await serve();
      const request = solve(2);
      await model().solve(request);
      expect(server.requests[0]!.messages).toEqual(solvingPrompt(request.examples, request.puzzle).messages);
      expect(server.requests[0]!.temperature).toBe(0.2);
    });

    it("uses the configured served model name", async () => {
      await serve({ models: ["listed"] });
      await model({ servedModel: "my-model" }).generate(generate(1));
      expect(server.requests[0]!.model).toBe("my-model");
    });

    it('falls back to "tgi" when the server lists no model', async () => {
      await serve({ models: [] });
      await model().generate(generate(1));
      expect(server.requests[0]!.model).toBe("tgi");
    });

    it("leaves n out of a request for one sample", async () => {
      await serve();
      await model().generate(generate(1));
      expect(server.requests[0]!.sentN).toBe(false);
    });

    it.each([
      ["", "/v1/chat/completions"],
      ["/", "/v1/chat/completions"],
      ["/v1", "/v1/chat/completions"],
      ["/v1/chat/completions", "/v1/chat/completions"],
      ["/proxy", "/proxy/v1/chat/completions"],
    ])("calls the chat path for the endpoint URL suffix %j", async (suffix, path) => {
      await serve();
      await model({}, `${server.url}${suffix}`).generate(generate(1));
      expect(server.requests[0]!.path).toBe(path);
    });

    it("sends a token as a bearer token to an endpoint, from HF_TOKEN by default", async () => {
      await serve();
      vi.stubEnv("HF_TOKEN", "hf_from_env");
      await model().generate(generate(1));
      await model({ token: "hf_explicit" }).generate(generate(1));
      expect(server.requests.map((r) => r.headers.authorization)).toEqual([
        "Bearer hf_from_env",
        "Bearer hf_explicit",
      ]);
    });

    it("sends the plain-text prompt as the only message in the plain form", async () => {
      await serve();
      await model({ promptForm: "plain" }).generate(generate(1));
      expect(server.requests[0]!.messages).toEqual([
        { role: "user", content: generationPrompt(examples).text },
      ]);
    });

    it("sends a Hub id as the model, with the token, through the router URL", async () => {
      await serve();
      const seen: string[] = [];
      const hub = new HttpModel("meta-llama/Llama-3.1-8B-Instruct:fastest", {
        token: "hf_test",
        retry: FAST_RETRY,
        urlTransform: (url) => {
          seen.push(url);
          return url.replace("https://router.huggingface.co", server.url);
        },
      });
      await hub.solve(solve(1));
      expect(seen).toEqual(["https://router.huggingface.co/v1/chat/completions"]);
      expect(server.requests[0]!.model).toBe("meta-llama/Llama-3.1-8B-Instruct:fastest");
      expect(server.requests[0]!.headers.authorization).toBe("Bearer hf_test");
      expect(hub.name).toBe("meta-llama/Llama-3.1-8B-Instruct:fastest");
    });
  });

  describe("configuration", () => {
    it("refuses a Hub id without a token, saying how to give one", () => {
      expect(() => new HttpModel("Qwen/Qwen2.5-Coder-7B-Instruct")).toThrow(ModelConfigError);
      expect(() => new HttpModel("Qwen/Qwen2.5-Coder-7B-Instruct")).toThrow(/HF_TOKEN/);
    });

    it("takes the token for a Hub id from HF_TOKEN", () => {
      vi.stubEnv("HF_TOKEN", "hf_from_env");
      expect(new HttpModel("Qwen/Qwen2.5-Coder-7B-Instruct").spec).toEqual({
        kind: "hub",
        id: "Qwen/Qwen2.5-Coder-7B-Instruct",
      });
    });

    it("refuses a provider with an endpoint URL, builtin, and names that are neither", () => {
      expect(() => new HttpModel("http://127.0.0.1:9", { provider: "together" })).toThrow(ModelConfigError);
      expect(() => new HttpModel("builtin")).toThrow(/offline baseline/);
      expect(() => new HttpModel("not a model")).toThrow(ModelConfigError);
    });

    it("refuses impossible sampling parameters before calling anything", async () => {
      await serve();
      const m = model();
      await expect(m.generate({ ...generate(1), n: -1 })).rejects.toThrow(RangeError);
      await expect(m.generate({ ...generate(1), n: 1.5 })).rejects.toThrow(RangeError);
      await expect(m.generate({ ...generate(1), temperature: Number.NaN })).rejects.toThrow(RangeError);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe("completions", () => {
    it("returns the raw text and the extracted code of each choice, in order", async () => {
      const sat = "export function sat(x: number): boolean {\n  return x > 1;\n}";
      await serve({
        responder: () => reply.completion([`Here:\n\`\`\`ts\n${sat}\n\`\`\``, "I can't think of one.", sat]),
      });
      const response = await model().generate(generate(3));
      expect(response.completions.map((c) => c.code)).toEqual([sat, undefined, sat]);
      expect(response.completions[1]!.text).toBe("I can't think of one.");
    });

    it("extracts sol, without sat, from solving completions", async () => {
      const sat = SAMPLE_PUZZLES[0]!.sat;
      const sol = SAMPLE_PUZZLES[0]!.sol;
      await serve({ responder: () => reply.completion(`\`\`\`ts\n${sat}\n\n${sol}\n\`\`\``) });
      const response = await model().solve(solve(1));
      expect(response.completions[0]!.code).toBe(sol);
    });
  });

  describe("sampling", () => {
    it("completes with single-sample requests when the server ignores n, and keeps doing so", async () => {
      await serve({ honourN: false });
      const m = model();
      const first = await m.generate(generate(4, 100));
      expect(first.completions).toHaveLength(4);
      expect(server.requests.map((r) => [r.sentN, r.seed])).toEqual([
        [true, 100],
        [false, 101],
        [false, 102],
        [false, 103],
      ]);
      server.reset();
      await m.generate(generate(2, 200));
      expect(server.requests.map((r) => [r.sentN, r.seed])).toEqual([
        [false, 200],
        [false, 201],
      ]);
    });

    it("falls back to single samples when the server refuses n with a 400", async () => {
      await serve({
        responder: (request) => (request.sentN ? reply.status(400) : puzzleResponder(request, 0)),
      });
      const response = await model().generate(generate(3, 10));
      expect(response.completions).toHaveLength(3);
      expect(server.requests.map((r) => [r.sentN, r.seed])).toEqual([
        [true, 10],
        [false, 10],
        [false, 11],
        [false, 12],
      ]);
    });

    it("gives up on a 400 that single samples get too", async () => {
      await serve({ responder: () => reply.status(400) });
      await expect(model().generate(generate(3))).rejects.toMatchObject({
        name: "ModelHttpError",
        status: 400,
      });
      expect(server.requests).toHaveLength(2);
    });

    it("makes one request per sample, with successive seeds, in separate mode", async () => {
      await serve();
      const response = await model({ sampling: "separate" }).generate(generate(3, 5));
      expect(response.completions).toHaveLength(3);
      expect(server.requests.map((r) => [r.sentN, r.seed])).toEqual([
        [false, 5],
        [false, 6],
        [false, 7],
      ]);
    });

    it("fails in n mode when the server returns fewer choices than asked", async () => {
      await serve({ honourN: false });
      await expect(model({ sampling: "n" }).generate(generate(3))).rejects.toThrow(ModelResponseError);
      expect(server.requests).toHaveLength(1);
    });

    it("returns no completions for n = 0 without calling the server", async () => {
      await serve();
      const response = await model().generate(generate(0));
      expect(response.completions).toEqual([]);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe("usage", () => {
    it("reports the server's token counts and the latency", async () => {
      await serve({
        responder: (request) =>
          reply.slow(
            60,
            reply.completion(Array(request.n).fill("x"), { promptTokens: 100, completionTokens: 40 }),
          ),
      });
      const { usage } = await model().generate(generate(3));
      expect(usage.promptTokens).toBe(100);
      expect(usage.completionTokens).toBe(40);
      expect(usage.latencyMs).toBeGreaterThanOrEqual(55);
      expect(usage.latencyMs).toBeLessThan(5_000);
    });

    it("adds up the tokens of every request made for one call", async () => {
      await serve({ responder: () => reply.completion("x", { promptTokens: 100, completionTokens: 40 }) });
      const { usage } = await model({ sampling: "separate" }).generate(generate(3));
      expect(usage).toMatchObject({ promptTokens: 300, completionTokens: 120 });
    });

    it("counts 0 tokens when the server sends no usage", async () => {
      await serve({ responder: () => reply.completion("x", { omitUsage: true }) });
      const { usage } = await model().generate(generate(1));
      expect(usage).toMatchObject({ promptTokens: 0, completionTokens: 0 });
    });

    it("counts only the request that succeeded", async () => {
      await serve({
        responder: scripted([reply.status(500)], () =>
          reply.completion("x", { promptTokens: 9, completionTokens: 3 }),
        ),
      });
      const { usage } = await model().generate(generate(1));
      expect(usage).toMatchObject({ promptTokens: 9, completionTokens: 3 });
    });
  });

  describe("faults", () => {
    it("retries a 429 no sooner than its Retry-After", async () => {
      await serve({ responder: scripted([reply.rateLimited(1)]) });
      const response = await model().generate(generate(1));
      expect(response.completions).toHaveLength(1);
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]!.receivedAt - server.requests[0]!.receivedAt).toBeGreaterThanOrEqual(990);
    });

    it("caps a long Retry-After at maxDelayMs", async () => {
      await serve({ responder: scripted([reply.rateLimited(3600)]) });
      const started = Date.now();
      await model({ retry: { maxDelayMs: 50 } }).generate(generate(1));
      expect(server.requests).toHaveLength(2);
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it("retries 500s and then succeeds", async () => {
      await serve({ responder: scripted([reply.status(500), reply.status(502)]) });
      const response = await model().generate(generate(2));
      expect(response.completions).toHaveLength(2);
      expect(server.requests).toHaveLength(3);
    });

    it("gives a ModelHttpError after maxAttempts of persistent 500s", async () => {
      await serve({ responder: () => reply.status(500) });
      const failure = model({ retry: { maxAttempts: 4 } }).generate(generate(1));
      await expect(failure).rejects.toBeInstanceOf(ModelHttpError);
      await expect(failure).rejects.toMatchObject({ status: 500 });
      expect(server.requests).toHaveLength(4);
    });

    it("does its own bounded retries of a 503, not the client's unbounded ones", async () => {
      await serve({ responder: () => reply.status(503) });
      await expect(model({ retry: { maxAttempts: 2 } }).generate(generate(1))).rejects.toMatchObject({
        status: 503,
      });
      expect(server.requests).toHaveLength(2);
    });

    it.each([400, 401, 404, 422])("does not retry a %i", async (status) => {
      await serve({ responder: () => reply.status(status) });
      const failure = model().generate(generate(1));
      await expect(failure).rejects.toMatchObject({ name: "ModelHttpError", status });
      expect(server.requests).toHaveLength(1);
    });

    it.each([401, 403, 404])("gives a %i to later calls without asking again", async (status) => {
      await serve({ responder: () => reply.status(status) });
      const unusable = model();
      await expect(unusable.generate(generate(1))).rejects.toMatchObject({ status });
      await expect(unusable.solve(solve(2))).rejects.toMatchObject({ name: "ModelHttpError", status });
      expect(server.requests).toHaveLength(1);
    });

    it("asks again once failFastMs has passed, and does not remember a 400", async () => {
      await serve({ responder: scripted([reply.status(401), reply.status(400)]) });
      const unusable = model({ failFastMs: 100 });
      await expect(unusable.generate(generate(1))).rejects.toMatchObject({ status: 401 });
      await new Promise((r) => setTimeout(r, 150));
      await expect(unusable.generate(generate(1))).rejects.toMatchObject({ status: 400 });
      expect((await unusable.generate(generate(1))).completions).toHaveLength(1);
      expect(server.requests).toHaveLength(3);
    });

    it("stops a slow response at the timeout", async () => {
      await serve({ responder: () => reply.slow(3_000, reply.completion("late")) });
      const started = Date.now();
      const failure = model({ retry: { timeoutMs: 150, maxAttempts: 2 } }).generate(generate(1));
      await expect(failure).rejects.toBeInstanceOf(ModelTimeoutError);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(server.requests).toHaveLength(2);
    });

    it("retries after a timeout and takes the next answer", async () => {
      await serve({ responder: scripted([reply.slow(3_000, reply.completion("late"))]) });
      const response = await model({ retry: { timeoutMs: 150 } }).generate(generate(1));
      expect(response.completions).toHaveLength(1);
      expect(server.requests).toHaveLength(2);
    });

    it("reports a malformed body as a ModelResponseError, without retrying", async () => {
      await serve({ responder: () => reply.malformed() });
      await expect(model().generate(generate(1))).rejects.toBeInstanceOf(ModelResponseError);
      expect(server.requests).toHaveLength(1);
    });

    it.each([
      ["no choices", { kind: "raw", body: JSON.stringify({ id: "x", choices: [] }) }],
      ["a body that is not JSON at all", { kind: "raw", body: "hello", contentType: "text/plain" }],
      ["choices without messages", { kind: "raw", body: JSON.stringify({ choices: [{ index: 0 }] }) }],
    ] as const)("reports a response with %s as a ModelResponseError", async (_, scriptedReply) => {
      await serve({ responder: () => scriptedReply });
      await expect(model().generate(generate(1))).rejects.toBeInstanceOf(ModelResponseError);
    });

    it("retries a dropped connection", async () => {
      await serve({ responder: scripted([reply.drop()]) });
      const response = await model().generate(generate(1));
      expect(response.completions).toHaveLength(1);
      expect(server.requests).toHaveLength(2);
    });

    it("gives a ModelNetworkError when the connection keeps dropping", async () => {
      await serve({ responder: () => reply.drop() });
      await expect(model().generate(generate(1))).rejects.toBeInstanceOf(ModelNetworkError);
      expect(server.requests).toHaveLength(3);
    });

    it("gives a ModelNetworkError when nothing listens", async () => {
      await serve();
      const url = server.url;
      await server.stop();
      await expect(model({ servedModel: "m" }, url).generate(generate(1))).rejects.toBeInstanceOf(
        ModelNetworkError,
      );
    });

    it("rejects with the caller's reason when aborted mid-request, and closes the request", async () => {
      await serve({ responder: () => reply.slow(5_000, reply.completion("late")) });
      const controller = new AbortController();
      const reason = new Error("round cancelled");
      const call = model().generate(generate(1), controller.signal);
      await vi.waitFor(() => expect(server.inFlight).toBe(1));
      controller.abort(reason);
      await expect(call).rejects.toBe(reason);
      await vi.waitFor(() => expect(server.inFlight).toBe(0));
      expect(server.requests).toHaveLength(1);
    });
  });

  describe("concurrency", () => {
    it("never has more requests in flight than the limit", async () => {
      await serve({
        responder: (request, index) => reply.slow(80, puzzleResponder(request, index) as never),
      });
      const m = model({ concurrency: 2 });
      const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => m.generate(generate(1, i))));
      expect(responses.every((r) => r.completions.length === 1)).toBe(true);
      expect(server.requests).toHaveLength(6);
      expect(server.maxInFlight).toBe(2);
    });

    it("counts single-sample requests of one call against the same limit", async () => {
      await serve({ responder: () => reply.slow(60, reply.completion("x")) });
      await model({ concurrency: 3, sampling: "separate" }).generate(generate(7));
      expect(server.requests).toHaveLength(7);
      expect(server.maxInFlight).toBe(3);
    });

    it("keeps limits separate per model", async () => {
      await serve({ responder: () => reply.slow(80, reply.completion("x")) });
      const a = model({ concurrency: 1 });
      const b = model({ concurrency: 1 });
      await Promise.all([a.generate(generate(1)), b.generate(generate(1)), a.solve(solve(1))]);
      expect(server.maxInFlight).toBe(2);
    });
  });
});
