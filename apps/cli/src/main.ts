/** The CLI entry: finds the command named, checks its words, prints usage on --help, maps errors to the exit contract. */
import { stripVTControlCharacters } from "node:util";
import { type CommandDef, renderUsage, runCommand } from "citty";
import { COMMANDS, rootUsage, VERSION } from "./commands/index.ts";
import { reportError } from "./error-table.ts";
import { EXIT, UsageError } from "./errors.ts";
import { checkRawArgs, nearest } from "./raw-args.ts";

interface Resolved {
  cmd: CommandDef;
  parent: CommandDef | undefined;
  /** The command's words, e.g. ["round", "start"]. */
  path: string[];
  /** The words after the command's name. */
  rest: string[];
}

const resolveValue = async <T>(v: T | Promise<T> | (() => T | Promise<T>)): Promise<T> =>
  typeof v === "function" ? await (v as () => T | Promise<T>)() : await v;

/** Walks `words` down the command tree; a word that names no command is an error naming the nearest. */
async function resolveCommand(words: string[], forHelp: boolean): Promise<Resolved> {
  const first = words[0];
  if (first === undefined || first.startsWith("-")) {
    return { cmd: rootUsage, parent: undefined, path: [], rest: words };
  }
  const entry = COMMANDS[first];
  if (entry === undefined) throw unknownCommand(first, Object.keys(COMMANDS), "puzzleloop");
  let cmd = await entry.load();
  let parent: CommandDef = rootUsage;
  const path = [first];
  let i = 1;
  for (;;) {
    const subs = cmd.subCommands === undefined ? undefined : await resolveValue(cmd.subCommands);
    if (subs === undefined) break;
    const word = words[i];
    const name = `puzzleloop ${path.join(" ")}`;
    if (word === undefined || word.startsWith("-")) {
      if (forHelp) break;
      throw new UsageError(
        `\`${name}\` needs a command: ${Object.keys(subs).join(", ")} (see \`${name} --help\`)`,
      );
    }
    const next = subs[word];
    if (next === undefined) throw unknownCommand(word, Object.keys(subs), name);
    parent = cmd;
    cmd = await resolveValue(next);
    path.push(word);
    i++;
  }
  return { cmd, parent, path, rest: words.slice(i) };
}

function unknownCommand(word: string, known: string[], where: string): UsageError {
  const guess = nearest(word, known);
  const hint = guess === undefined ? `commands: ${known.join(", ")}` : `did you mean ${guess}?`;
  return new UsageError(`unknown command "${word}" for \`${where}\`: ${hint} (see \`${where} --help\`)`);
}

/** Usage text, without colours unless stdout is a terminal. */
async function usage(cmd: CommandDef, parent: CommandDef | undefined): Promise<string> {
  const text = await renderUsage(cmd, parent);
  return process.stdout.isTTY ? text : stripVTControlCharacters(text);
}

/** A reader that went away (`| head`) is not an error: stop quietly with the status reached so far. */
function exitQuietlyOnEpipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
      throw error;
    });
  }
}

export async function main(rawArgs: string[]): Promise<void> {
  exitQuietlyOnEpipe();
  try {
    if (rawArgs.length === 1 && (rawArgs[0] === "--version" || rawArgs[0] === "-v")) {
      process.stdout.write(`${VERSION}\n`);
      return;
    }
    const help = rawArgs.length === 0 || rawArgs.includes("--help") || rawArgs.includes("-h");
    const { cmd, parent, path, rest } = await resolveCommand(rawArgs, help);
    if (help) {
      process.stdout.write(`${await usage(cmd, parent)}\n`);
      process.exitCode = rawArgs.length === 0 ? EXIT.usage : EXIT.ok;
      return;
    }
    if (path.length === 0) {
      throw new UsageError(`give a command: ${Object.keys(COMMANDS).join(", ")} (see \`puzzleloop --help\`)`);
    }
    checkRawArgs(`puzzleloop ${path.join(" ")}`, await resolveValue(cmd.args ?? {}), rest);
    await runCommand(cmd, { rawArgs: rest });
  } catch (error) {
    process.exitCode = reportError(error);
  }
}
