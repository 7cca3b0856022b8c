/** Errors the CLI reports as one line, each with the exit status it ends with. */

/** Exit statuses of the CLI contract. */
export const EXIT = {
  /** The work ran and the answer is yes. */
  ok: 0,
  /** The work ran and the answer is no (e.g. a pair is not verified). */
  no: 1,
  /** Bad usage or input. */
  usage: 2,
} as const;

/** An error the user can act on: its message names the problem and the fix. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Bad usage: an unknown command or flag, a word out of place. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = "UsageError";
  }
}

/** Bad input: a file that cannot be read or parsed, a flag with a wrong value. */
export class InputError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = "InputError";
  }
}

/** The work ran and the answer is no: a round that failed, a model that does not answer `model check`. */
export class FailedError extends CliError {
  constructor(message: string) {
    super(message, EXIT.no);
    this.name = "FailedError";
  }
}
