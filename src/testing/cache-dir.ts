/**
 * For tests of the per-install cache (src/parallel/derived-cache.ts): runs `fn` with
 * LAGEBILD_CACHE_DIR set to a fresh folder `cache` inside a fresh temporary `root` (for input files
 * beside the cache), then restores the variable and removes both.
 *
 * @example
 * withCacheDir('lagebild-endings-', (cache) => { build(); assert.equal(readdirSync(cache).length, 1); });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function withCacheDir<T>(prefix: string, fn: (cache: string, root: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const cache = join(root, 'cache');
  const saved = process.env.LAGEBILD_CACHE_DIR;
  process.env.LAGEBILD_CACHE_DIR = cache;
  try {
    return fn(cache, root);
  } finally {
    if (saved === undefined) delete process.env.LAGEBILD_CACHE_DIR;
    else process.env.LAGEBILD_CACHE_DIR = saved;
    rmSync(root, { recursive: true, force: true });
  }
}
