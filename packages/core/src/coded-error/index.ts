/**
 * The base of the libraries' errors for requests a caller can fix: a stable `code` says what is wrong
 * and `fields` carry its values, so that a program (the CLI) words it for its own users. The message
 * says the same in plain words, naming no program's flags or commands.
 */
export class CodedError<Code extends string = string, Fields extends object = object> extends Error {
  constructor(
    readonly code: Code,
    readonly fields: Fields,
    message: string,
  ) {
    super(message);
  }
}
