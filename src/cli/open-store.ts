/**
 * Opens the store for a CLI command, turning "cannot open / connect" into one clear line
 * (CliError) instead of a stack trace.
 *
 * @example
 * const store = await openStoreForCli(values.db ?? DEFAULT_DB);
 */
import { CliError } from './errors.js';
import { isPostgresSpec, openStore } from '../store/open.js';

import { isStorageFull } from '../store/storage-full.js';
import type { Store } from '../store/store.js';

/** openStore() with user-facing errors. */
export async function openStoreForCli(spec: string, opts: { max?: number } = {}): Promise<Store> {
  try {
    return await openStore(spec, opts);
  } catch (err) {
    const e = err as Error & { code?: string };
    const where = isPostgresSpec(spec) ? spec.replace(/:[^:@/]*@/, ':***@') : spec;
    // full while migrating: the migration transaction was rolled back
    if (isStorageFull(err)) throw fullError(err, where);
    throw new CliError(`cannot open database ${where}: ${e.message || e.code || String(err)}`);
  }
}

function fullError(err: unknown, db: string): CliError {
  const e = err as { code?: string; message?: string };
  const why = (e.message || e.code || 'disk full').split('\n')[0];
  return new CliError(`${db}: no space left (${why}); the failed batch was rolled back (nothing of it was written): free space and run the command again`, 1);
}

/**
 * A full disk or database (SQLite SQLITE_FULL, also for ENOSPC from its WAL or journal; a bare
 * ENOSPC; PostgreSQL disk_full) as one clear line, exit 1; every batch is one transaction, so no
 * partial rows were left (src/cli/full-disk.test.ts). Other errors pass unchanged.
 */
export function storageError(err: unknown, db: string): unknown {
  return isStorageFull(err) ? fullError(err, db.replace(/:[^:@/]*@/, ':***@')) : err;
}
