/** The CLI entry: resolves the command, prints usage on --help, maps errors to the exit contract. */
import { type CommandDef, renderUsage, runCommand } from "citty";
import { rootCommand } from "./commands/index.ts";
import { CliError, EXIT } from "./errors.ts";

/** Walks `rawArgs` down the sub-command tree, to show the usage of the deepest command named. */
async function resolveCommand(
  cmd: CommandDef,
  rawArgs: string[],
): Promise<[CommandDef, CommandDef | undefined]> {
  let current = cmd;
  let parent: CommandDef | undefined;
  for (const arg of rawArgs) {
    if (arg.startsWith("-")) continue;
    const subs =
      typeof current.subCommands === "function" ? await current.subCommands() : await current.subCommands;
    const next = subs?.[arg];
    if (!next) break;
    parent = current;
    current = (typeof next === "function" ? await next() : await next) as CommandDef;
  }
  return [current, parent];
}

export async function main(rawArgs: string[]): Promise<void> {
  try {
    if (rawArgs.length === 0 || rawArgs.includes("--help") || rawArgs.includes("-h")) {
      const [cmd, parent] = await resolveCommand(rootCommand as CommandDef, rawArgs);
      process.stdout.write(`${await renderUsage(cmd, parent)}\n`);
      process.exitCode = rawArgs.length === 0 ? EXIT.usage : EXIT.ok;
      return;
    }
    await runCommand(rootCommand as CommandDef, { rawArgs });
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

/** Prints one line for `error` on stderr and returns the exit status it maps to. */
export function reportError(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`puzzleloop: ${error.message}\n`);
    return error.exitCode;
  }
  // citty's own argument errors (unknown command, missing or bad argument) are usage errors.
  if (error instanceof Error && error.name === "CLIError") {
    process.stderr.write(`puzzleloop: ${error.message} (run with --help for usage)\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`puzzleloop: unexpected error: ${message}\n`);
  if (process.env.PUZZLELOOP_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.no;
}
