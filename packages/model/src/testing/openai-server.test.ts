// The scripted server itself: what it records, what it answers, and that faults look like real ones on the wire.

import { afterEach, describe, expect, it } from "vitest";
import { reply, type ScriptedOpenAiServer, scripted, startOpenAiServer } from "./openai-server.ts";

let server: ScriptedOpenAiServer;

afterEach(async () => {
  await server?.stop();
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer t" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const chat = {
  model: "m",
  messages: [{ role: "user", content: "Write `sol`." }],
  n: 2,
  temperature: 0.5,
  seed: 3,
};

describe("ScriptedOpenAiServer", () => {
  it("answers a chat completion in the OpenAI shape and records the request", async () => {
    server = await startOpenAiServer();
    const response = await post("/v1/chat/completions", chat);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      object: string;
      model: string;
      choices: { index: number; message: { role: string; content: string } }[];
      usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
    };
    expect(body.object).toBe("chat.completion");
    expect(body.model).toBe("m");
    expect(body.choices.map((c) => c.index)).toEqual([0, 1]);
    expect(body.choices[0]!.message.content).toMatch(/export function sol\(/);
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      path: "/v1/chat/completions",
      model: "m",
      n: 2,
      sentN: true,
      temperature: 0.5,
      seed: 3,
      messages: chat.messages,
    });
    expect(server.requests[0]!.headers.authorization).toBe("Bearer t");
  });

  it("writes a puzzle when the prompt does not ask for sol", async () => {
    server = await startOpenAiServer();
    const response = await post("/v1/chat/completions", {
      messages: [{ role: "user", content: "A puzzle." }],
    });
    const body = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices).toHaveLength(1);
    expect(body.choices[0]!.message.content).toMatch(/export function sat\(/);
  });

  it("lists its models, and 404s other routes", async () => {
    server = await startOpenAiServer({ models: ["a", "b"] });
    const list = (await (await fetch(`${server.url}/v1/models`)).json()) as { data: { id: string }[] };
    expect(list.data.map((m) => m.id)).toEqual(["a", "b"]);
    expect((await post("/v1/completions", chat)).status).toBe(404);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a body that is not JSON", async () => {
    server = await startOpenAiServer();
    expect((await post("/v1/chat/completions", "{oops")).status).toBe(400);
  });

  it("plays a script, then the fallback responder", async () => {
    server = await startOpenAiServer({ responder: scripted([reply.rateLimited(7), reply.status(503)]) });
    const first = await post("/v1/chat/completions", chat);
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("7");
    expect((await post("/v1/chat/completions", chat)).status).toBe(503);
    expect((await post("/v1/chat/completions", chat)).status).toBe(200);
  });

  it("sends a malformed body with a JSON content type", async () => {
    server = await startOpenAiServer({ responder: () => reply.malformed("{nope") });
    const response = await post("/v1/chat/completions", chat);
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it("drops the connection", async () => {
    server = await startOpenAiServer({ responder: () => reply.drop() });
    await expect(post("/v1/chat/completions", chat)).rejects.toThrow(TypeError);
  });

  it("only holds back a slow reply until the server stops", async () => {
    server = await startOpenAiServer({ responder: () => reply.slow(10_000, reply.completion("late")) });
    const pending = post("/v1/chat/completions", chat).then(
      () => "answered",
      () => "failed",
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(server.inFlight).toBe(1);
    const started = Date.now();
    await server.stop();
    expect(await pending).toBe("failed");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("honours n only when told to", async () => {
    server = await startOpenAiServer({ honourN: false });
    const body = (await (await post("/v1/chat/completions", { ...chat, n: 4 })).json()) as {
      choices: unknown[];
    };
    expect(body.choices).toHaveLength(1);
  });
});
