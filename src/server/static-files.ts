/**
 * Serves the built dashboard (web/dist) under "/": known files with their content type, the
 * index page for any other non-API path (client-side views), never anything outside the folder.
 * Pages go out with a Content-Security-Policy that forbids inline and foreign scripts, so even
 * markup that slipped into article text could not run.
 *
 * @example
 * if (await serveStatic(req, res, 'web/dist')) return;
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The page's policy: own scripts only, no inline script, no outside connections. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Lagebild</title>
<p>The dashboard is not built. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it when missing).
The JSON API is available under <a href="/api/stats">/api/stats</a>.</p>`;

async function fileAt(path: string): Promise<{ size: number } | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { size: s.size } : null;
  } catch {
    return null;
  }
}

/**
 * Answers a GET/HEAD for a static file under `root`; returns false when the request is not for
 * a page (so the caller answers 404 / 405).
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const base = resolve(root);
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (rel.includes('\0')) return false;
  let path = normalize(join(base, rel));
  if (path !== base && !path.startsWith(base + sep)) return false;
  let info = rel.endsWith('/') ? null : await fileAt(path);
  if (!info) {
    // A view path such as /events or / gets the index page; a missing asset is a 404.
    if (extname(rel) && rel !== '/') return false;
    path = join(base, 'index.html');
    info = await fileAt(path);
    if (!info) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      res.end(NOT_BUILT);
      return true;
    }
  }
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const immutable = path.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': type,
    'content-length': info.size,
    'x-content-type-options': 'nosniff',
    'content-security-policy': CSP,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(path).on('error', () => res.destroy()).pipe(res);
  return true;
}
