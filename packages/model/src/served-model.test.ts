// Finding the served model name: the URL next to the chat URL, and what a server's answer leads to.

import { afterEach, describe, expect, it } from "vitest";
import { ModelNetworkError } from "./errors.ts";
import { discoverServedModel, modelsUrl } from "./served-model.ts";
import { type ScriptedOpenAiServer, startOpenAiServer } from "./testing/openai-server.ts";

describe("modelsUrl", () => {
  it.each([
    ["http://h:1", "http://h:1/v1/models"],
    ["http://h:1/", "http://h:1/v1/models"],
    ["http://h:1/v1", "http://h:1/v1/models"],
    ["http://h:1/v1/", "http://h:1/v1/models"],
    ["http://h:1/v1/chat/completions", "http://h:1/v1/models"],
    ["https://e.cloud/proxy", "https://e.cloud/proxy/v1/models"],
  ])("%s gives %s", (endpoint, expected) => {
    expect(modelsUrl(endpoint)).toBe(expected);
  });
});

describe("discoverServedModel", () => {
  let server: ScriptedOpenAiServer;
  const signal = () => AbortSignal.timeout(5_000);

  afterEach(async () => {
    await server?.stop();
  });

  it("returns the first listed model", async () => {
    server = await startOpenAiServer({ models: ["first", "second"] });
    expect(await discoverServedModel(`${server.url}/v1`, "hf_x", signal())).toBe("first");
  });

  it("returns undefined for an empty list", async () => {
    server = await startOpenAiServer({ models: [] });
    expect(await discoverServedModel(server.url, undefined, signal())).toBeUndefined();
  });

  it("throws on a transient failure, so that the caller asks again later", async () => {
    server = await startOpenAiServer();
    const url = server.url;
    await server.stop();
    await expect(discoverServedModel(url, undefined, signal())).rejects.toBeInstanceOf(ModelNetworkError);
  });
});
