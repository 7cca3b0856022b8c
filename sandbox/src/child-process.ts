/** How a sandbox process is started, so that its verdicts do not depend on the host it runs on. */

/**
 * Environment of every sandbox process. V8 takes local time from `TZ` and ICU its default locale
 * (time zone names in `Date.prototype.toString`) from `LC_ALL`/`LANG`, once, at start: the same pair
 * must read the same strings on a host in Kiritimati with a German locale as on one in UTC.
 */
export const SANDBOX_ENV: Readonly<Record<string, string>> = Object.freeze({
  TZ: "UTC",
  LC_ALL: "C",
  LANG: "C",
});

/**
 * V8 flags of every sandbox process. Code optimised by Maglev or TurboFan uses smaller stack
 * frames than the interpreter's, and tiers up at moments that depend on what ran before and on a
 * background compiler thread: the deepest recursion that fits, and so the verdict of a pair that
 * recurses near the limit, would change with the order of jobs. Ignition and Sparkplug frames are
 * the same size, so with these flags stack depth depends on the code alone. Measured with
 * `npm run bench`, compute-heavy pairs lose about a fifth of their speed.
 */
export const SANDBOX_V8_FLAGS: readonly string[] = Object.freeze(["--no-turbofan", "--no-maglev"]);

/** The host's environment with the sandbox's settings over it, and no locale variable left to win. */
export function sandboxEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (key === "LANGUAGE" || key.startsWith("LC_")) continue;
    env[key] = value;
  }
  return { ...env, ...SANDBOX_ENV };
}
