/**
 * The HTTP server: JSON API under /api/, the built dashboard under /. node:http, no framework.
 * Binds 127.0.0.1 unless told otherwise; on any other host every write (POST) needs the token,
 * and with no token configured writes are refused (401). Errors are JSON {error} with a status;
 * a bad parameter is a 400, never a crash.
 *
 * @example
 * const srv = await startServer({ store, port: 0 });
 * console.log(srv.url); // http://127.0.0.1:41234/
 * await srv.close();
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ArticleIn } from '../contract/schema.js';
import type { ReadItem } from '../read/types.js';
import type { ServerStore } from './server-store.js';
import { storeAndAnalyze } from './add-article.js';
import { EXPORT_FORMATS, type AddArticleRequest, type AddArticleResponse, type ArticleResponse, type StatsResponse } from './api-types.js';
import { streamExport } from './export-stream.js';
import { HttpError, readBody, sendError, sendJson } from './http-util.js';
import { registryAdd, registryList } from './registry-route.js';
import { POST_ROUTES } from './post-routes.js';
import { correctedView } from '../store/corrected-view.js';
import { Params } from './params.js';
import { eventFilter, ROUTES } from './routes.js';
import { serveStatic } from './static-files.js';

/** The built dashboard of this checkout. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));
/** Largest accepted POST body: 5 MB. */
export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

export interface ServerOptions {
  /** the store openStore() returns (SQLite or PostgreSQL) */
  store: ServerStore;
  /** default 127.0.0.1 */
  host?: string;
  /** default 8080; 0 picks a free port */
  port?: number;
  /** the write token (else LAGEBILD_TOKEN is not read here: the CLI passes it) */
  token?: string;
  /** folder of the built dashboard; default web/dist */
  staticDir?: string;
  /** POST body limit in bytes; default 5 MB */
  maxBody?: number;
  /** reads a URL or feed into articles (the readers of src/read/); without it POST {url} is 501 */
  fetchArticles?: (url: string) => AsyncIterable<ReadItem>;
}

export interface RunningServer {
  server: Server;
  /** http://HOST:PORT/ as a browser would open it */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: "Authorization: Bearer T" or "X-Lagebild-Token: T". */
function requestToken(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const h = req.headers['x-lagebild-token'];
  return typeof h === 'string' ? h.trim() : null;
}

/**
 * Checks a write: the token where one is needed, and (against cross-site requests from pages
 * the user happens to visit) that a browser's Origin, when sent, is this server.
 */
function checkWrite(req: IncomingMessage, needsToken: boolean, token: string | undefined): void {
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {}
    if (host !== req.headers.host) throw new HttpError(403, 'cross-origin writes are not allowed');
  }
  if (!needsToken) return;
  if (!token) throw new HttpError(401, 'writes are disabled: this server listens beyond loopback and has no token (--token or LAGEBILD_TOKEN)');
  const given = requestToken(req);
  if (!given || !tokenMatches(given, token)) throw new HttpError(401, 'a valid token is required for writes (Authorization: Bearer TOKEN)');
}

function parseAddRequest(body: string, contentType: string): AddArticleRequest {
  if (!contentType.includes('json')) return { text: body };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HttpError(400, 'body must be a JSON object');
  const o = parsed as Record<string, unknown>;
  for (const k of ['text', 'url', 'id', 'lang', 'date', 'title', 'source'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw new HttpError(400, `field "${k}" must be a string`);
  }
  if (o.lang != null && o.lang !== 'de' && o.lang !== 'en') throw new HttpError(400, 'field "lang" must be "de" or "en"');
  if (o.date != null && !/^\d{4}-\d{2}-\d{2}$/.test(o.date as string)) throw new HttpError(400, 'field "date" must be YYYY-MM-DD');
  return o as AddArticleRequest;
}

async function addArticles(opts: ServerOptions, req: AddArticleRequest): Promise<AddArticleResponse> {
  const out: AddArticleResponse = { items: [], failed: [] };
  if (typeof req.text === 'string' && req.text.trim()) {
    const article: ArticleIn = {
      text: req.text, id: req.id ?? null, lang: req.lang ?? null, date: req.date ?? null,
      title: req.title ?? null, url: req.url ?? null, source: req.source ?? null,
    };
    out.items.push(await storeAndAnalyze(opts.store, article));
    return out;
  }
  if (typeof req.url === 'string' && req.url.trim()) {
    if (!/^https?:\/\//i.test(req.url)) throw new HttpError(400, 'field "url" must be an http(s) URL');
    if (!opts.fetchArticles) throw new HttpError(501, 'this server cannot fetch URLs');
    for await (const item of opts.fetchArticles(req.url.trim())) {
      if ('article' in item) out.items.push(await storeAndAnalyze(opts.store, item.article));
      else out.failed.push({ origin: item.origin, error: item.error.message });
    }
    if (!out.items.length && out.failed.length) throw new HttpError(422, out.failed[0].error);
    return out;
  }
  throw new HttpError(400, 'give "text" (the article) or "url" (a page or feed)');
}

/**
 * On a loopback server, the Host header must name this machine: a page whose own domain
 * resolves to 127.0.0.1 (DNS rebinding) would otherwise read and write as if it were local.
 */
function hostAllowed(req: IncomingMessage): boolean {
  const host = req.headers.host;
  if (!host) return true;
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  return isLoopback(name.toLowerCase());
}

/** Builds the request handler (exported for tests that do not need a socket). */
export function createHandler(opts: ServerOptions, needsToken: boolean, loopbackOnly = false) {
  // every read sees the analysts' corrections (src/store/corrected-view.ts)
  const store = correctedView(opts.store);
  const staticDir = opts.staticDir ?? DEFAULT_STATIC_DIR;
  const maxBody = opts.maxBody ?? DEFAULT_MAX_BODY;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpError(400, 'bad request URL');
    }
    if (loopbackOnly && !hostAllowed(req)) throw new HttpError(403, 'unknown Host: this server answers only to 127.0.0.1 / localhost');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    if (!path.startsWith('/api/') && path !== '/api') {
      if (await serveStatic(req, res, staticDir, url.pathname)) return;
      throw new HttpError(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, 'not found');
    }
    const p = new Params(url.searchParams);
    if (req.method === 'POST') {
      const post = POST_ROUTES[path];
      if (path !== '/api/articles' && path !== '/api/registry' && !post) throw new HttpError(405, `POST is not allowed on ${path}`);
      checkWrite(req, needsToken, opts.token);
      const body = await readBody(req, maxBody);
      if (post) {
        sendJson(res, 201, await post(store.raw, body));
        return;
      }
      if (path === '/api/registry') {
        sendJson(res, 201, await registryAdd(store, body));
        return;
      }
      const added = await addArticles(opts, parseAddRequest(body, String(req.headers['content-type'] ?? '')));
      sendJson(res, 201, added);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not allowed`);
    const route = ROUTES[path];
    if (route) {
      sendJson(res, 200, await route(store, p));
      return;
    }
    const m = /^\/api\/articles\/([^/]+)$/.exec(path);
    if (m) {
      let id: string;
      try {
        id = decodeURIComponent(m[1]);
      } catch {
        throw new HttpError(400, 'bad article id');
      }
      const article = await store.getArticle(id);
      if (!article) throw new HttpError(404, `no article with id "${id}"`);
      sendJson(res, 200, { article } satisfies ArticleResponse);
      return;
    }
    if (path === '/api/registry') {
      sendJson(res, 200, await registryList(store, p));
      return;
    }
    if (path === '/api/stats') {
      const c = await store.counts();
      sendJson(res, 200, { store: store.kind, ...c, writeNeedsToken: needsToken } satisfies StatsResponse);
      return;
    }
    if (path === '/api/export') {
      await streamExport(store, p.oneOf('format', EXPORT_FORMATS), res, eventFilter(p));
      return;
    }
    throw new HttpError(404, `no API route ${path}`);
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        sendError(res, err.status, err.message);
        return;
      }
      if (process.env.LAGEBILD_DEBUG) console.error(err);
      sendError(res, 500, `internal error: ${(err as Error)?.message ?? String(err)}`);
    });
  };
}

/** Starts listening; resolves once the socket is bound. */
export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const needsToken = !isLoopback(host) || Boolean(opts.token);
  const server = createServer(createHandler(opts, needsToken, isLoopback(host)));
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        server, port, url: `http://${shown}:${port}/`,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
