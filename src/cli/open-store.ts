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
