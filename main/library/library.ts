/**
 * An open library: the database plus the worker pool that parses imports. Everything that serves the
 * user (IPC handlers, the CLI, browser mode) works through one of these.
 */
import { openDatabase, type Db } from '../db/connection.ts';
import { ParsePool } from './parse-pool.ts';

export interface Library {
  readonly path: string;
  readonly db: Db;
  /** Started on first use, so commands that only read the library start instantly. */
  parser(): ParsePool;
  close(): Promise<void>;
}

export function openLibrary(dbPath: string): Library {
  const db = openDatabase(dbPath);
  let pool: ParsePool | null = null;
  return {
    path: dbPath,
    db,
    parser() {
      pool ??= new ParsePool();
      return pool;
    },
    async close() {
      await pool?.close();
      pool = null;
      if (db.open) db.close();
    },
  };
}
