/**
 * Opens the store for a CLI command, turning "cannot open / connect" into one clear line
 * (CliError) instead of a stack trace.
 *
 * @example
 * const store = await openStoreForCli(values.db ?? DEFAULT_DB);
 */
import { CliError } from './errors.js';
import { isPostgresSpec, openStore } from '../store/open.js';
import type { BulkStore } from '../store/queue.js';

/** openStore() with user-facing errors. */
export async function openStoreForCli(spec: string, opts: { max?: number } = {}): Promise<BulkStore> {
  try {
    return await openStore(spec, opts);
  } catch (err) {
    const e = err as Error & { code?: string };
    const where = isPostgresSpec(spec) ? spec.replace(/:[^:@/]*@/, ':***@') : spec;
    throw new CliError(`cannot open database ${where}: ${e.message || e.code || String(err)}`);
  }
}

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', '53100']);

/**
 * A full disk or database (SQLite SQLITE_FULL, ENOSPC, PostgreSQL disk_full) as one clear line,
 * exit 1; the store's transactions guarantee that no partial rows were left. Other errors pass.
 */
export function storageError(err: unknown, db: string): unknown {
  const e = err as { code?: string; message?: string };
  if (e && e.code && FULL.has(e.code)) {
    return new CliError(`${db}: no space left (${e.message ?? e.code}); nothing of the failed batch was written, free space and run again`, 1);
  }
  return err;
}
