/** `puzzleloop verify`: one pair from files, or a stream of pairs as JSON lines. */
import { createReadStream, openSync, type ReadStream, readFileSync, statSync } from "node:fs";
import { closeSharedPool, type Limits, type VerifyResult, verifyPair } from "@puzzleloop/sandbox";
import { defineCommand } from "citty";
import { z } from "zod";
import { EXIT, InputError } from "../errors.ts";
import { limitArgs, parseLimits } from "../limits.ts";

const pairLine = z.object({ puzzle: z.string(), solution: z.string() });
/** An `id` a line carries is echoed on its result line, so results can be matched by more than position. */
const lineId = z.object({ id: z.union([z.string(), z.number()]) });

/** Most pairs in flight at once while streaming: enough to keep every core busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 2048;

export const verifyCommand = defineCommand({
  meta: {
    name: "verify",
    description:
      "Verify puzzle/solution pairs in the sandbox. Exit 0 if every pair is verified, 1 if any is not, 2 on bad input.",
  },
  args: {
    puzzle: {
      type: "string",
      description: "TypeScript file defining `sat` (it may also define `sol`)",
      valueHint: "FILE",
    },
    solution: {
      type: "string",
      description: "TypeScript file defining `sol` (default: the puzzle file)",
      valueHint: "FILE",
    },
    jsonl: {
      type: "string",
      description:
        'Lines of {"puzzle": "...", "solution": "..."}; prints one JSON result line per input line, in order',
      valueHint: "FILE|-",
    },
    json: { type: "boolean", description: "Print the result as JSON", default: false },
    ...limitArgs,
  },
  async run({ args }) {
    const limits = parseLimits(args);
    try {
      if (args.jsonl !== undefined) {
        if (args.puzzle !== undefined || args.solution !== undefined) {
          throw new InputError("give either --jsonl or --puzzle/--solution, not both");
        }
        process.exitCode = await verifyJsonl(args.jsonl, limits);
        return;
      }
      if (args.puzzle === undefined) {
        throw new InputError("nothing to verify: give --puzzle FILE [--solution FILE], or --jsonl FILE|-");
      }
      const puzzle = readSource(args.puzzle, "--puzzle");
      const solution = args.solution === undefined ? puzzle : readSource(args.solution, "--solution");
      const result = await verifyPair(puzzle, solution, limits);
      process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : `${describeResult(result)}\n`);
      process.exitCode = result.verified ? EXIT.ok : EXIT.no;
    } finally {
      await closeSharedPool();
    }
  },
});

function readSource(path: string, flag: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(code);
    throw new InputError(`cannot read ${flag} ${path}: ${why}; pass a TypeScript file`);
  }
}

function describeResult(result: VerifyResult): string {
  const ms = `${Math.round(result.ms)} ms`;
  return result.verified ? `verified (${ms})` : `${result.status}: ${result.error ?? "not verified"} (${ms})`;
}

/** One output line per input line, in order, with at most MAX_IN_FLIGHT pairs outstanding. */
async function verifyJsonl(path: string, limits: Partial<Limits> | undefined): Promise<number> {
  const input = path === "-" ? process.stdin : openInput(path);
  const inFlight: Promise<string>[] = [];
  let allVerified = true;
  const emitOldest = async () => {
    process.stdout.write(`${await inFlight.shift()}\n`);
  };
  let lineNo = 0;
  for await (const line of lfLines(input)) {
    lineNo++;
    // A blank line (a trailing one, say) holds no pair: it is skipped, not an error.
    if (line.trim() === "") continue;
    inFlight.push(
      verifyLine(line, lineNo, limits).then(({ id, result }) => {
        if (!result.verified) allVerified = false;
        return JSON.stringify(id === undefined ? contractFields(result) : { id, ...contractFields(result) });
      }),
    );
    if (inFlight.length >= MAX_IN_FLIGHT) await emitOldest();
  }
  while (inFlight.length > 0) await emitOldest();
  return allVerified ? EXIT.ok : EXIT.no;
}

function openInput(path: string): ReadStream {
  let fd: number;
  try {
    if (!statSync(path).isFile()) throw Object.assign(new Error(), { code: "EISDIR" });
    fd = openSync(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "not a regular file" : String(code);
    throw new InputError(
      `cannot read --jsonl ${path}: ${why}; pass a JSON-lines file, or - for standard input`,
    );
  }
  return createReadStream(path, { fd });
}

/**
 * The lines of a stream, split at LF only: JSON counts a bare CR as whitespace, so a CR inside a
 * line must not split it (a split would shift every later result by one). A CR before the LF of a
 * CRLF file is whitespace to JSON.parse too.
 */
async function* lfLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = "";
  for await (const chunk of input) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let start = 0;
    for (let end = rest.indexOf("\n"); end !== -1; end = rest.indexOf("\n", start)) {
      yield rest.slice(start, end);
      start = end + 1;
    }
    rest = rest.slice(start);
  }
  rest += decoder.decode();
  if (rest !== "") yield rest;
}

async function verifyLine(
  line: string,
  lineNo: number,
  limits: Partial<Limits> | undefined,
): Promise<{ id?: string | number; result: VerifyResult }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { result: { status: "invalid", verified: false, ms: 0, error: `line ${lineNo} is not JSON` } };
  }
  const id = lineId.safeParse(parsed).data?.id;
  const pair = pairLine.safeParse(parsed);
  if (!pair.success) {
    return {
      id,
      result: {
        status: "invalid",
        verified: false,
        ms: 0,
        error: `line ${lineNo} needs string fields "puzzle" and "solution"`,
      },
    };
  }
  return { id, result: await verifyPair(pair.data.puzzle, pair.data.solution, limits) };
}

/** The fields the CLI contract promises for each JSON line. */
function contractFields(result: VerifyResult) {
  const { status, verified, ms, error } = result;
  return error === undefined ? { status, verified, ms } : { status, verified, ms, error };
}
