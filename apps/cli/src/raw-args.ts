/** The words after a command, checked against its flags before it runs: no unknown flag, no stray word. */
import type { ArgsDef } from "citty";
import leven from "leven";
import { UsageError } from "./errors.ts";

/** The known name closest to `word`, when it is close enough to be a likely typo. */
export function nearest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = leven(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const prefix = best !== undefined && (best.startsWith(word) || word.startsWith(best));
  return best !== undefined && (bestDistance <= Math.max(2, Math.floor(word.length / 3)) || prefix)
    ? best
    : undefined;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Throws a {@link UsageError} for the first word of `words` that `command` (as `path`, e.g.
 * "puzzleloop round start") does not take: an unknown flag (naming the nearest known one), a flag
 * without its value, a value given to a switch, or a word where no positional argument is expected.
 */
export function checkRawArgs(path: string, args: ArgsDef, words: readonly string[]): void {
  const help = `see \`${path} --help\``;
  const valueFlags = new Set<string>();
  const switches = new Set<string>();
  let positionals = 0;
  for (const [name, def] of Object.entries(args)) {
    if (def.type === "positional") {
      positionals++;
      continue;
    }
    const alias = (def as { alias?: string | string[] }).alias;
    const names = [name, kebab(name), ...(Array.isArray(alias) ? alias : alias ? [alias] : [])];
    for (const n of names) (def.type === "boolean" ? switches : valueFlags).add(n);
  }
  const known = [...valueFlags, ...switches].filter((n) => n.length > 1);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === "--") break;
    if (!word.startsWith("-") || word === "-" || /^-\d/.test(word)) {
      if (positionals-- > 0) continue;
      throw new UsageError(
        `unexpected argument "${word}": \`${path}\` takes flags only, as --name value (${help})`,
      );
    }
    const [dashed, value] = splitEquals(word);
    const name = dashed.replace(/^--?/, "");
    if (valueFlags.has(name)) {
      if (value !== undefined) continue;
      const next = words[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        throw new UsageError(`--${name} needs a value (${help})`);
      }
      i++;
      continue;
    }
    const negated = name.startsWith("no-") ? name.slice(3) : undefined;
    if (switches.has(name) || (negated !== undefined && switches.has(negated))) {
      if (value !== undefined) throw new UsageError(`--${name} takes no value, got "${value}" (${help})`);
      continue;
    }
    const guess =
      nearest(name, known) ?? (negated === undefined ? undefined : nearest(negated, [...switches]));
    const suggestion =
      guess === undefined
        ? `; \`${path}\` takes ${known.length === 0 ? "no flags" : known.map((n) => `--${n}`).join(", ")}`
        : `: did you mean --${negated !== undefined && switches.has(guess) && guess !== name ? `no-${guess}` : guess}?`;
    throw new UsageError(`unknown flag ${dashed}${suggestion} (${help})`);
  }
}

function splitEquals(word: string): [string, string | undefined] {
  const at = word.indexOf("=");
  return at < 0 ? [word, undefined] : [word.slice(0, at), word.slice(at + 1)];
}
