/**
 * Builds the dashboard (web/ → web/dist) with Vite when the build is missing or older than its
 * sources. Nothing built is committed: `npm start` and `lagebild serve` call this, so a fresh
 * clone works after `npm ci` (Vite is a dev dependency, installed by a plain `npm ci`).
 *
 * @example
 * await ensureWebBuilt(); // builds once, then returns quickly while web/ is unchanged
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web/ folder of this checkout. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** True when `outDir` has no index.html or web/src, web/index.html or the API types changed since. */
export function webBuildStale(outDir = join(WEB_DIR, 'dist')): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const apiTypes = fileURLToPath(new URL('./api-types.ts', import.meta.url));
  return Math.max(newest(join(WEB_DIR, 'src')), statSync(join(WEB_DIR, 'index.html')).mtimeMs, statSync(apiTypes).mtimeMs) > built;
}

/**
 * Runs `vite build` for web/ into `outDir` (default web/dist). Throws with a one-line reason when
 * Vite is not installed.
 */
export async function buildWeb(outDir = join(WEB_DIR, 'dist')): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('the dashboard is not built and Vite is not installed (run `npm ci` without --omit=dev, then `npm run build:web`)');
  }
  await vite.build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** Builds web/dist when missing or stale; returns whether it built. */
export async function ensureWebBuilt(outDir = join(WEB_DIR, 'dist')): Promise<boolean> {
  if (!webBuildStale(outDir)) return false;
  await buildWeb(outDir);
  return true;
}
