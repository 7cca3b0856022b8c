/** A command whose flags are checked, all at once against one schema, before it does anything. */
import { type ArgsDef, type CommandDef, type CommandMeta, defineCommand } from "citty";
import { z } from "zod";
import { InputError } from "./errors.ts";
import type { Flag, FlagValue } from "./flags.ts";

// biome-ignore lint/suspicious/noExplicitAny: a flag of any value type
type Flags = Record<string, Flag<any>>;

/** The checked values of a command's flags, by flag name. */
export type Values<F extends Flags> = { [K in keyof F]: FlagValue<F[K]> };

export interface CommandSpec<F extends Flags> {
  meta: CommandMeta & { name: string; description: string };
  flags: F;
  run(values: Values<F>): Promise<void> | void;
}

/** The citty command for `spec`: citty splits the words, the flags' schema checks them, then `run` runs. */
export function command<F extends Flags>(spec: CommandSpec<F>): CommandDef {
  const names = Object.keys(spec.flags);
  const args = Object.fromEntries(names.map((name) => [name, spec.flags[name]!.arg])) as ArgsDef;
  const schema = z.object(Object.fromEntries(names.map((name) => [name, spec.flags[name]!.schema(name)])));
  return defineCommand({
    meta: spec.meta,
    args,
    async run({ args: parsed }) {
      const raw = Object.fromEntries(names.map((name) => [name, parsed[name]]));
      const checked = schema.safeParse(raw);
      if (!checked.success) throw new InputError(checked.error.issues[0]?.message ?? "bad flags");
      await spec.run(checked.data as Values<F>);
    },
  });
}
