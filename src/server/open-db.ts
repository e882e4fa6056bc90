/**
 * Opens the SQLite store file for the server commands, creating its folder; the default file is
 * .lagebild/lagebild.db under the working directory (what `npm start` uses).
 *
 * @example
 * const store = await openDb('.lagebild/lagebild.db');
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

/** The database `serve` and `demo` use without --db. */
export const DEFAULT_DB = '.lagebild/lagebild.db';

/** Opens and migrates the store at `file`. */
export async function openDb(file = DEFAULT_DB): Promise<Store> {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  return SqliteStore.open(path);
}
