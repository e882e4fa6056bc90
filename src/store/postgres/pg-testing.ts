/**
 * PostgreSQL for tests and benchmarks: the URL (LAGEBILD_PG_URL, else the dev/CI default) and a
 * probe that says why it is not usable, so PostgreSQL tests can skip with a visible reason.
 *
 * @example
 * const reason = await pgUnavailable();
 * test('pg', { skip: reason ?? false }, ...);
 */
import pg from 'pg';

/** The server tests use: LAGEBILD_PG_URL, else the development and CI default. */
export const PG_URL = process.env.LAGEBILD_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** True when LAGEBILD_PG_URL is set (CI): then an unreachable server is a failure, not a skip. */
export const PG_REQUIRED = !!process.env.LAGEBILD_PG_URL;

/** null when the server answers; else a one-line skip message. */
export async function pgUnavailable(url = PG_URL): Promise<string | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  c.on('error', () => {});
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (err) {
    return `skipped: no PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')} (${(err as Error).message || (err as { code?: string }).code}); set LAGEBILD_PG_URL to run these tests`;
  } finally {
    await c.end().catch(() => {});
  }
}

/** A fresh schema name for one test run: lagebild_test_<random>. */
export function testSchema(): string {
  return `lagebild_test_${Math.random().toString(36).slice(2, 10)}`;
}

/** `url` with `?schema=` set. */
export function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Drops the given schemas (CASCADE). */
export async function dropSchemas(schemas: string[], url = PG_URL): Promise<void> {
  if (!schemas.length) return;
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => {});
  try {
    await c.connect();
    for (const s of schemas) {
      if (/^lagebild_[a-z0-9_]+$/.test(s)) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    }
  } finally {
    await c.end().catch(() => {});
  }
}
