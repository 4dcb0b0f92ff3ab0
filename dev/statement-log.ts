import pg from "pg";

export interface StatementLog {
  /** The statements sent to the database since the last `clear()`, in order. */
  readonly statements: readonly string[];
  clear(): void;
  /** Puts the driver back as it was. */
  restore(): void;
}

/**
 * Records every statement this process sends to one database, by wrapping the pg driver's
 * `Client.query` (tests and the benchmark count database round trips with it).
 */
export function recordStatements(databaseName: string): StatementLog {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if ((this as unknown as { database: string }).database === databaseName) {
      const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string })?.text;
      statements.push(String(text));
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  return {
    statements,
    clear: () => {
      statements.length = 0;
    },
    restore: () => {
      pg.Client.prototype.query = original;
    },
  };
}
