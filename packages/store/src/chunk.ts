/** Splitting multi-row statements so that none exceeds SQLite's limit on bound parameters. */

/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER since 3.32, and the value better-sqlite3 is built with. */
export const SQLITE_MAX_PARAMS = 32766;

/**
 * Rows per multi-row statement even when more would fit: drizzle takes longer per row to build one huge
 * statement than several of a few hundred rows, which SQLite runs just as fast.
 */
export const MAX_ROWS_PER_STATEMENT = 500;

/** How many rows of `columns` parameters each to put in one statement. */
export function rowsPerStatement(
  columns: number,
  maxParams: number = SQLITE_MAX_PARAMS,
  maxRows: number = MAX_ROWS_PER_STATEMENT,
): number {
  return Math.max(1, Math.min(maxRows, Math.floor(maxParams / Math.max(1, columns))));
}

/** `items` in consecutive slices of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}
