// Parsing MODEL strings into builtin, endpoint and Hub specs.

import { describe, expect, it } from "vitest";
import { ModelConfigError } from "./errors.ts";
import { parseModelName } from "./model-from-name.ts";

describe("parseModelName", () => {
  it("reads builtin", () => {
    expect(parseModelName("builtin")).toEqual({ kind: "builtin" });
    expect(parseModelName("  builtin\n")).toEqual({ kind: "builtin" });
  });

  it.each([
    "http://127.0.0.1:8080",
    "https://xyz.us-east-1.aws.endpoints.huggingface.cloud",
    "http://localhost:11434/v1",
    "https://api.example.com/v1/chat/completions",
  ])("reads the endpoint URL %s", (url) => {
    expect(parseModelName(url)).toEqual({ kind: "endpoint", url });
  });

  it.each([
    "Qwen/Qwen2.5-Coder-7B-Instruct",
    "meta-llama/Llama-3.1-8B-Instruct:together",
    "deepseek-ai/DeepSeek-V3.1:fastest",
    "my-org/my_model.v2",
  ])("reads the Hub id %s", (id) => {
    expect(parseModelName(id)).toEqual({ kind: "hub", id });
  });

  it.each([
    ["", /is not "builtin"/],
    ["gpt2", /Hugging Face model id/],
    ["ftp://example.com/model", /http\(s\) endpoint URL/],
    ["org/name/extra", /is not/],
    ["Builtin", /is not/],
    ["localhost:8080", /write the URL in full, e\.g\. "http:\/\/localhost:8080"/],
  ])("rejects %j", (name, message) => {
    expect(() => parseModelName(name)).toThrow(ModelConfigError);
    expect(() => parseModelName(name)).toThrow(message);
  });
});
