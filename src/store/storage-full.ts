/**
 * "The disk or the database is full": SQLite's SQLITE_FULL (SQLite reports a write that fails
 * with ENOSPC, in the database, its WAL or its journal, as SQLITE_FULL), a bare ENOSPC from the
 * file system, PostgreSQL's disk_full (53100). Nothing a retry or a per-article fallback can fix:
 * the run stops with one line and the articles stay pending for a run after space was freed.
 *
 * @example
 * if (isStorageFull(err)) throw err; // not "this article's fault"
 */
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', '53100']);

/** True when `err` says the disk or database is full. */
export function isStorageFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && FULL.has(code);
}
