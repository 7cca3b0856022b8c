// Validation of chat completion bodies and token accounting.

import { describe, expect, it } from "vitest";
import { parseChatResponse } from "./chat-response.ts";
import { ModelResponseError } from "./errors.ts";

describe("parseChatResponse", () => {
  it("returns the texts in choice order and the token counts", () => {
    const sample = parseChatResponse({
      choices: [
        { index: 1, message: { role: "assistant", content: "second" } },
        { index: 0, message: { role: "assistant", content: "first" } },
      ],
      usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
    });
    expect(sample).toEqual({ texts: ["first", "second"], promptTokens: 12, completionTokens: 7 });
  });

  it("counts 0 tokens when usage is absent or partial, and reads null content as no text", () => {
    expect(parseChatResponse({ choices: [{ message: { content: null } }] })).toEqual({
      texts: [""],
      promptTokens: 0,
      completionTokens: 0,
    });
    expect(
      parseChatResponse({ choices: [{ message: { content: "x" } }], usage: { prompt_tokens: 3 } }),
    ).toEqual({
      texts: ["x"],
      promptTokens: 3,
      completionTokens: 0,
    });
  });

  it.each([
    ["no choices", { choices: [] }],
    ["choices missing", { id: "x" }],
    ["not an object", "hello"],
    ["a choice without a message", { choices: [{ index: 0 }] }],
    ["content that is not text", { choices: [{ message: { content: 42 } }] }],
    ["negative token counts", { choices: [{ message: { content: "x" } }], usage: { prompt_tokens: -1 } }],
  ])("rejects %s", (_, body) => {
    expect(() => parseChatResponse(body)).toThrow(ModelResponseError);
  });
});
