/** Errors the store raises for requests it cannot honour, each named for what is wrong. */

/** The base of every store error, so that callers can tell them from driver failures. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreError";
  }
}

export class IterationNotFoundError extends StoreError {
  constructor(readonly iteration: number) {
    super(`iteration ${iteration} does not exist; create it first`);
    this.name = "IterationNotFoundError";
  }
}

export class RoundNotFoundError extends StoreError {
  constructor(readonly roundId: string) {
    super(`round ${roundId} does not exist`);
    this.name = "RoundNotFoundError";
  }
}

/** A round id that cannot be used: round ids become queue job ids, which must not contain `:`. */
export class InvalidRoundIdError extends StoreError {
  constructor(readonly roundId: string) {
    super(`round id ${JSON.stringify(roundId)} is not valid: use letters, digits, '-' and '_' only`);
    this.name = "InvalidRoundIdError";
  }
}
