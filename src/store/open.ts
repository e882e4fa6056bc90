/**
 * openStore(spec): a postgres:// URL opens PostgreSQL, anything else is a SQLite file path (its
 * folder is created). The store comes back migrated.
 *
 * @example
 * const store = await openStore('.lagebild/lagebild.db');
 * const shared = await openStore('postgres://postgres@127.0.0.1:5432/test?schema=lagebild');
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store } from './store.js';

/** The default database of the CLI (relative to the working directory). */
export const DEFAULT_DB = '.lagebild/lagebild.db';

/** True for postgres:// and postgresql:// URLs. */
export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** Opens and migrates the store `spec` names. */
export async function openStore(spec: string = DEFAULT_DB, opts: { max?: number } = {}): Promise<Store> {
  if (isPostgresSpec(spec)) {
    const { PgStore } = await import('./postgres/pg-store.js');
    return PgStore.open(spec, opts);
  }
  const file = resolve(spec);
  mkdirSync(dirname(file), { recursive: true });
  const { SqliteStore } = await import('./sqlite/sqlite-store.js');
  return SqliteStore.open(file);
}
