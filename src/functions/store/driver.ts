/**
 * The little SQL surface the store needs, so one store implementation serves SQLite and PostgreSQL.
 * SQL is written with `?` placeholders; the PostgreSQL driver numbers them ($1, $2, …).
 */
export type SqlArg = string | number | boolean | null;
export type SqlRow = Record<string, unknown>;
export interface SqlStatement {
  sql: string;
  args?: SqlArg[];
}

export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  query(sql: string, args?: SqlArg[]): Promise<SqlRow[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, args?: SqlArg[]): Promise<number>;
  /** Runs statements in one transaction: all or nothing. */
  atomic(statements: SqlStatement[]): Promise<void>;
  /** Runs `fn` while holding a lock that other processes migrating the same database respect. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `a = ? AND b = ?` → `a = $1 AND b = $2`. Our SQL never has `?` inside literals. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
