/**
 * Access to ../shared (seed article, gold, eval data) for tests and benches. On a user's fresh
 * clone it is absent: tests that need it skip with a visible message; CI always has it.
 * LAGEBILD_SHARED overrides the location.
 *
 * @example
 * const seed = sharedFile('seed/article.txt');
 * test('seed', { skip: seed ? false : SHARED_MISSING }, () => { ... });
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = process.env.LAGEBILD_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
export const SHARED_MISSING = `skipped: ../shared not found at ${SHARED_DIR} (evaluation data is not part of the repository)`;

/** Absolute path of a file under ../shared, or null when it is not there. */
export function sharedFile(rel: string): string | null {
  const p = join(SHARED_DIR, rel);
  return existsSync(p) ? p : null;
}
