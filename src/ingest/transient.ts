/**
 * Which database errors a worker waits out instead of dying: the server restarting, refusing
 * connections for a moment, or dropping them. Work in flight is not lost: the leased articles
 * come back to the queue when the lease expires.
 *
 * @example
 * if (isTransient(err)) await sleep(1000); else throw err;
 */

const CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, connection exceptions
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
  // SQLite: another process holds the write lock longer than busy_timeout
  'SQLITE_BUSY',
]);

/** True for errors that go away by themselves (connection lost, server restarting, lock busy). */
export function isTransient(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && CODES.has(e.code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message ?? '');
}
