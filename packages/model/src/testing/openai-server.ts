// A local server speaking the OpenAI-compatible chat API with scripted answers and faults, for tests over real HTTP.

import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A chat completion request as the server received it. */
export interface ChatRequestRecord {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body. */
  body: Record<string, unknown>;
  model: string | undefined;
  messages: { role: string; content: string }[];
  /** `n` as sent, 1 when absent. */
  n: number;
  /** Whether the body carried `n` at all. */
  sentN: boolean;
  temperature: number | undefined;
  seed: number | undefined;
  maxTokens: number | undefined;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

/** What the server does with one request. Every kind may first wait `delayMs`. */
export type ScriptedReply =
  | {
      kind: "completion";
      /** One choice per string. */
      contents: string[];
      /** @defaultValue "stop" */
      finishReason?: string;
      /** @defaultValue about a quarter of the characters in the messages */
      promptTokens?: number;
      /** @defaultValue about a quarter of the characters in each content, summed */
      completionTokens?: number;
      /** Leave `usage` out of the body, as some servers do. @defaultValue false */
      omitUsage?: boolean;
      delayMs?: number;
    }
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | { kind: "raw"; status?: number; body: string; contentType?: string; delayMs?: number }
  | { kind: "drop"; delayMs?: number };

/** Decides the reply to a request; `index` counts chat requests from 0 since the server started or was reset. */
export type Responder = (request: ChatRequestRecord, index: number) => ScriptedReply | Promise<ScriptedReply>;

export const reply = {
  completion(
    contents: string | string[],
    extra: Omit<Extract<ScriptedReply, { kind: "completion" }>, "kind" | "contents"> = {},
  ): ScriptedReply {
    return { kind: "completion", contents: Array.isArray(contents) ? contents : [contents], ...extra };
  },
  /** An error status with an OpenAI-style error body. */
  status(status: number, headers: Record<string, string> = {}): ScriptedReply {
    return {
      kind: "status",
      status,
      headers,
      body: { error: { message: `scripted ${status}`, type: "scripted" } },
    };
  },
  /** 429 with `Retry-After` (seconds, or an HTTP date). */
  rateLimited(retryAfter: number | string): ScriptedReply {
    return reply.status(429, { "Retry-After": String(retryAfter) });
  },
  /** A 200 whose body is not the JSON it claims to be. */
  malformed(body = '{"choices": [{"message": '): ScriptedReply {
    return { kind: "raw", body, contentType: "application/json" };
  },
  /** The connection is closed with no response. */
  drop(): ScriptedReply {
    return { kind: "drop" };
  },
  /** `inner`, sent after `delayMs`. */
  slow(delayMs: number, inner: ScriptedReply): ScriptedReply {
    return { ...inner, delayMs };
  },
};

/** Replies from `script` in order, one per request, then from `then`. */
export function scripted(script: readonly ScriptedReply[], then: Responder = puzzleResponder): Responder {
  return (request, index) => script[index] ?? then(request, index);
}

/**
 * Answers like a model that follows the prompts: n choices of prose around a ```ts block that declares `sol`
 * when the last message asks for a solution (mentions `sol`), else a new `sat`.
 */
export const puzzleResponder: Responder = (request) => {
  const last = request.messages.at(-1)?.content ?? "";
  const solving = /\bsol\b/.test(last);
  const contents = Array.from({ length: request.n }, (_, i) =>
    solving ? scriptedSolution(i) : scriptedPuzzle(i),
  );
  return reply.completion(contents);
};

function scriptedPuzzle(i: number): string {
  return [
    "Here is a new puzzle:",
    "",
    "```ts",
    `/** Find a string of length n made only of the letter "${String.fromCharCode(97 + (i % 26))}". */`,
    `export function sat(s: string, n = ${i + 3}): boolean {`,
    `  return s.length === n && [...s].every((c) => c === "${String.fromCharCode(97 + (i % 26))}");`,
    "}",
    "```",
  ].join("\n");
}

function scriptedSolution(i: number): string {
  return [
    "```ts",
    `export function sol(n = ${i + 3}): number[] {`,
    "  return Array.from({ length: n }, (_, k) => k * k);",
    "}",
    "```",
    "",
    "This builds the list directly.",
  ].join("\n");
}

export interface ScriptedOpenAiServerOptions {
  /** @defaultValue puzzleResponder */
  responder?: Responder;
  /**
   * Models listed at `GET /v1/models`; the first names responses that got no `model`.
   * @defaultValue ["scripted-model"]
   */
  models?: string[];
  /**
   * Whether one response may carry several choices; false behaves like servers that ignore `n`.
   * @defaultValue true
   */
  honourN?: boolean;
}

/**
 * Listens on 127.0.0.1 on a free port. Answers `POST .../chat/completions` (any prefix, so the path a client
 * really calls is visible in {@link ChatRequestRecord.path}) and `GET .../models`; everything else is a 404.
 */
export class ScriptedOpenAiServer {
  /** Every chat request, in arrival order. */
  readonly requests: ChatRequestRecord[] = [];
  responder: Responder;
  readonly models: string[];
  honourN: boolean;
  #server: Server | undefined;
  #url: string | undefined;
  #inFlight = 0;
  #maxInFlight = 0;
  #stopping = new AbortController();

  constructor(options: ScriptedOpenAiServerOptions = {}) {
    this.responder = options.responder ?? puzzleResponder;
    this.models = options.models ?? ["scripted-model"];
    this.honourN = options.honourN ?? true;
  }

  /** `http://127.0.0.1:PORT`, once started. */
  get url(): string {
    if (this.#url === undefined) throw new Error("the scripted server is not started");
    return this.#url;
  }

  /** Chat requests being answered right now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** The most chat requests that were ever being answered at once. */
  get maxInFlight(): number {
    return this.#maxInFlight;
  }

  /** Forgets recorded requests and the in-flight peak. */
  reset(): void {
    this.requests.length = 0;
    this.#maxInFlight = this.#inFlight;
  }

  async start(): Promise<string> {
    if (this.#url !== undefined) return this.#url;
    this.#stopping = new AbortController();
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        void this.#handle(
          req.method ?? "GET",
          req.url ?? "/",
          req.headers,
          Buffer.concat(chunks).toString("utf8"),
          res,
        );
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    this.#server = server;
    this.#url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.#url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    this.#url = undefined;
    this.#stopping.abort();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  async #handle(
    method: string,
    url: string,
    headers: IncomingHttpHeaders,
    text: string,
    res: ServerResponse,
  ) {
    const path = new URL(url, "http://localhost").pathname;
    if (method === "GET" && path.endsWith("/models")) {
      sendJson(res, 200, {
        object: "list",
        data: this.models.map((id) => ({ id, object: "model", owned_by: "scripted" })),
      });
      return;
    }
    if (method !== "POST" || !path.endsWith("/chat/completions")) {
      sendJson(res, 404, { error: { message: `no route for ${method} ${path}` } });
      return;
    }
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new Error("not an object");
      body = parsed as Record<string, unknown>;
    } catch {
      sendJson(res, 400, { error: { message: "the request body is not a JSON object" } });
      return;
    }
    const record = toRecord(method, path, headers, body);
    const index = this.requests.length;
    this.requests.push(record);

    this.#inFlight++;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    let counted = true;
    const done = () => {
      if (counted) this.#inFlight--;
      counted = false;
    };
    res.on("close", done);
    try {
      const scriptedReply = await this.responder(record, index);
      if (scriptedReply.delayMs) await this.#wait(scriptedReply.delayMs, res);
      if (res.destroyed || res.writableEnded) return;
      this.#send(scriptedReply, record, index, res);
    } catch (error) {
      if (!res.destroyed && !res.writableEnded) {
        sendJson(res, 500, { error: { message: `responder failed: ${String(error)}` } });
      }
    }
  }

  #send(scriptedReply: ScriptedReply, record: ChatRequestRecord, index: number, res: ServerResponse): void {
    switch (scriptedReply.kind) {
      case "drop":
        res.socket?.destroy();
        res.destroy();
        return;
      case "raw":
        res.writeHead(scriptedReply.status ?? 200, {
          "Content-Type": scriptedReply.contentType ?? "application/json",
        });
        res.end(scriptedReply.body);
        return;
      case "status":
        sendJson(
          res,
          scriptedReply.status,
          scriptedReply.body ?? { error: { message: "scripted" } },
          scriptedReply.headers,
        );
        return;
      case "completion": {
        const contents = this.honourN ? scriptedReply.contents : scriptedReply.contents.slice(0, 1);
        const promptTokens =
          scriptedReply.promptTokens ?? estimateTokens(record.messages.map((m) => m.content).join(""));
        const completionTokens =
          scriptedReply.completionTokens ??
          contents.reduce((sum, content) => sum + estimateTokens(content), 0);
        sendJson(res, 200, {
          id: `chatcmpl-scripted-${index}`,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: record.model ?? this.models[0] ?? "scripted-model",
          system_fingerprint: "scripted",
          choices: contents.map((content, i) => ({
            index: i,
            message: { role: "assistant", content },
            logprobs: null,
            finish_reason: scriptedReply.finishReason ?? "stop",
          })),
          ...(scriptedReply.omitUsage
            ? {}
            : {
                usage: {
                  prompt_tokens: promptTokens,
                  completion_tokens: completionTokens,
                  total_tokens: promptTokens + completionTokens,
                },
              }),
        });
        return;
      }
    }
  }

  /** Waits `ms`, cut short when the client goes away or the server stops. */
  #wait(ms: number, res: ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        res.off("close", finish);
        this.#stopping.signal.removeEventListener("abort", finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      res.on("close", finish);
      this.#stopping.signal.addEventListener("abort", finish, { once: true });
    });
  }
}

/** Starts a {@link ScriptedOpenAiServer}; stop it when done. */
export async function startOpenAiServer(
  options: ScriptedOpenAiServerOptions = {},
): Promise<ScriptedOpenAiServer> {
  const server = new ScriptedOpenAiServer(options);
  await server.start();
  return server;
}

function toRecord(
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Record<string, unknown>,
): ChatRequestRecord {
  const messages = Array.isArray(body.messages)
    ? body.messages.map((m: unknown) => {
        const message = (m ?? {}) as { role?: unknown; content?: unknown };
        return {
          role: String(message.role),
          content: typeof message.content === "string" ? message.content : "",
        };
      })
    : [];
  const number = (value: unknown) => (typeof value === "number" ? value : undefined);
  return {
    method,
    path,
    headers,
    body,
    model: typeof body.model === "string" ? body.model : undefined,
    messages,
    n: number(body.n) ?? 1,
    sentN: "n" in body,
    temperature: number(body.temperature),
    seed: number(body.seed),
    maxTokens: number(body.max_tokens),
    receivedAt: Date.now(),
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
