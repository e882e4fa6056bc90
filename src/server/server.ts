/**
 * The HTTP server: JSON API under /api/, the built dashboard under /. node:http, no framework.
 * Binds 127.0.0.1 unless told otherwise. Access rules (guard.ts, docs/web.md "Security"): the
 * Host must name this server (DNS rebinding) on every server; beyond loopback every API request
 * needs the token, reads too; a write without the token must be same-origin with a JSON body.
 * Errors are JSON {error} with a status: 4xx for the caller's mistakes (a bad parameter, a URL
 * that is refused or cannot be read), 5xx only for our faults.
 *
 * @example
 * const srv = await startServer({ store, port: 0 });
 * console.log(srv.url); // http://127.0.0.1:41234/
 * await srv.close();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ArticleIn } from '../contract/schema.js';
import type { ReadItem } from '../read/types.js';
import { SourceError } from '../read/types.js';
import { DEFAULT_LIMITS, formatBytes } from '../read/limits.js';
import { isDay } from '../read/article.js';
import { cleanArticle, cleanString } from '../read/clean-text.js';
import { decodeBytes } from '../read/decode.js';

import { storeAndAnalyze } from './add-article.js';
import { EXPORT_FORMATS, type AddArticleRequest, type AddArticleResponse, type ArticleResponse, type StatsResponse } from './api-types.js';
import { streamExport } from './export-stream.js';
import { HttpError, readBodyBytes, sendError, sendJson } from './http-util.js';
import { registryAdd, registryList } from './registry-route.js';
import { POST_ROUTES } from './post-routes.js';
import { correctedView } from '../store/corrected-view.js';
import { Params } from './params.js';
import { eventFilter, ROUTES } from './routes.js';
import { serveStatic } from './static-files.js';
import { charsetOf, Guard, mediaType, TOKEN_COOKIE } from './guard.js';
import { resumePending } from './resume.js';
import { hasPack, languageCodes } from '../lang/packs.js';
import type { Store } from '../store/store.js';

export { isLoopback } from './guard.js';

/** The built dashboard of this checkout. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));
/** Largest article text the API takes: the readers' limit (2 MB, docs/input.md). */
export const MAX_ARTICLE_BYTES = DEFAULT_LIMITS.maxArticleBytes;
/** Largest accepted POST body: twice the article limit (JSON escapes) and 64 KB for the other fields. */
export const DEFAULT_MAX_BODY = 2 * MAX_ARTICLE_BYTES + 64 * 1024;

export interface ServerOptions {
  /** the store openStore() returns (SQLite or PostgreSQL) */
  store: Store;
  /** default 127.0.0.1 */
  host?: string;
  /** default 8080; 0 picks a free port */
  port?: number;
  /** the token (else LAGEBILD_TOKEN is not read here: the CLI passes it) */
  token?: string;
  /** further Host names the server answers to (its DNS name, a reverse proxy's name) */
  allowedHosts?: string[];
  /** folder of the built dashboard; default web/dist */
  staticDir?: string;
  /** POST body limit in bytes; default DEFAULT_MAX_BODY */
  maxBody?: number;
  /** reads a URL or feed into articles (the readers of src/read/); without it POST {url} is 501 */
  fetchArticles?: (url: string) => AsyncIterable<ReadItem>;
  /**
   * analyse the articles a crash left pending, once at start (default: on SQLite; on PostgreSQL
   * workers do that, see docs/store.md)
   */
  resumePending?: boolean;
}

export interface RunningServer {
  server: Server;
  /** http://HOST:PORT/ as a browser would open it */
  url: string;
  port: number;
  /** resolves when the start-up resume of pending articles is over (with how many it analysed) */
  resumed: Promise<number>;
  close(): Promise<void>;
}

const FIELDS = ['text', 'url', 'id', 'lang', 'date', 'title', 'source'] as const;
const utf8 = new TextDecoder('utf-8');

/** A parsed POST /api/articles body and what cleaning it changed. */
interface AddRequest {
  req: AddArticleRequest;
  notes: string[];
}

function tooLarge(bytes: number): HttpError {
  return new HttpError(413, `the article text is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_ARTICLE_BYTES)} (split it into several articles)`);
}

/**
 * The body of POST /api/articles: a JSON object (application/json, UTF-8), or the article text
 * itself (text/plain, decoded by its charset; only with the token, see guard.ts).
 */
function parseAddRequest(body: Buffer, contentType: string | undefined): AddRequest {
  const media = mediaType(contentType);
  if (media === 'text/plain' || media === '') {
    if (body.length > MAX_ARTICLE_BYTES) throw tooLarge(body.length);
    const d = decodeBytes(body, charsetOf(contentType));
    if (!d.ok) throw new HttpError(d.code === 'binary' ? 415 : 400, `the body is no text: ${d.message}`);
    const { article, notes } = cleanArticle({ text: d.text });
    return { req: { text: article.text }, notes: [...d.notes, ...notes] };
  }
  if (media !== 'application/json') throw new HttpError(415, `Content-Type ${media.slice(0, 60)} is not read: send application/json (or text/plain with the token)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(body));
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HttpError(400, 'body must be a JSON object');
  const o = parsed as Record<string, unknown>;
  for (const k of FIELDS) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw new HttpError(400, `field "${k}" must be a string`);
  }
  if (o.lang != null && !hasPack(o.lang as string)) throw new HttpError(400, `field "lang" must be ${languageCodes().map((c) => `"${c}"`).join(' or ')}`);
  if (o.date != null && !isDay(o.date as string)) throw new HttpError(400, 'field "date" must be a real day YYYY-MM-DD');
  if (typeof o.text === 'string') {
    const bytes = Buffer.byteLength(o.text, 'utf8');
    if (bytes > MAX_ARTICLE_BYTES) throw tooLarge(bytes);
  }
  const req: AddArticleRequest = {};
  for (const k of FIELDS) if (typeof o[k] === 'string') (req as Record<string, string>)[k] = o[k] as string;
  if (req.text === undefined) return { req: { ...req, url: req.url === undefined ? undefined : cleanString(req.url).value }, notes: [] };
  const { article, notes } = cleanArticle({ ...req, text: req.text } as ArticleIn);
  return { req: article as AddArticleRequest, notes };
}

/** The status for a URL the reader could not read: the user's URL, so never 5xx. */
function sourceStatus(code: string): number {
  if (code === 'bad-url') return 400;
  if (code === 'blocked') return 403;
  return 422;
}

async function addArticles(opts: ServerOptions, { req, notes }: AddRequest): Promise<AddArticleResponse> {
  const out: AddArticleResponse = { items: [], failed: [] };
  if (typeof req.text === 'string' && req.text.trim()) {
    const article: ArticleIn = {
      text: req.text, id: req.id ?? null, lang: req.lang ?? null, date: req.date ?? null,
      title: req.title ?? null, url: req.url ?? null, source: req.source ?? null,
    };
    const added = await storeAndAnalyze(opts.store, article, notes);
    out.items.push(notes.length ? { ...added, notes } : added);
    return out;
  }
  if (typeof req.url === 'string' && req.url.trim()) {
    const spec = req.url.trim();
    if (!/^https?:\/\//i.test(spec)) throw new HttpError(400, 'field "url" must be an http(s) URL');
    try {
      new URL(spec);
    } catch {
      throw new HttpError(400, `field "url" is not a valid URL: ${spec.slice(0, 200)}`);
    }
    if (!opts.fetchArticles) throw new HttpError(501, 'this server cannot fetch URLs');
    try {
      for await (const item of opts.fetchArticles(spec)) {
        if ('article' in item) {
          const added = await storeAndAnalyze(opts.store, item.article, item.notes ?? []);
          out.items.push(item.notes?.length ? { ...added, notes: item.notes } : added);
        } else out.failed.push({ origin: item.origin, error: item.error.message });
      }
    } catch (err) {
      // the URL itself was refused or could not be read (SourceError carries the reader's code)
      if (err instanceof SourceError) throw new HttpError(sourceStatus(err.code), err.message);
      throw err;
    }
    if (!out.items.length && out.failed.length) throw new HttpError(422, out.failed[0].error);
    return out;
  }
  throw new HttpError(400, 'give "text" (the article) or "url" (a page or feed)');
}

/** True for a PostgreSQL "data exception" (SQLSTATE class 22): a value in the request the database cannot take. */
function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Builds the request handler (exported for tests that do not need a socket). */
export function createHandler(opts: ServerOptions, guard = new Guard({ bindHost: opts.host ?? '127.0.0.1', token: opts.token, allowedHosts: opts.allowedHosts })) {
  const needsToken = guard.writesNeedToken;
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
    guard.checkHost(req);
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    // opening /?token=T once gives the browser the token as a cookie for its reads (guard.ts)
    const fromQuery = req.method === 'GET' ? guard.tokenFromQuery(url.searchParams) : null;
    if (fromQuery) res.setHeader('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(fromQuery)}; Path=/; HttpOnly; SameSite=Strict`);
    if (!path.startsWith('/api/') && path !== '/api') {
      if (await serveStatic(req, res, staticDir, url.pathname)) return;
      throw new HttpError(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, 'not found');
    }
    const p = new Params(url.searchParams);
    if (req.method === 'POST') {
      const post = POST_ROUTES[path];
      if (path !== '/api/articles' && path !== '/api/registry' && !post) throw new HttpError(405, `POST is not allowed on ${path}`);
      guard.checkWrite(req);
      const body = await readBodyBytes(req, maxBody);
      if (post) {
        sendJson(res, 201, await post(store.raw, body.toString('utf8')));
        return;
      }
      if (path === '/api/registry') {
        sendJson(res, 201, await registryAdd(store, utf8.decode(body)));
        return;
      }
      const added = await addArticles(opts, parseAddRequest(body, req.headers['content-type']));
      sendJson(res, 201, added);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not allowed`);
    guard.checkRead(req);
    const route = ROUTES[path];
    if (route) {
      sendJson(res, 200, await route(store, p));
      return;
    }
    const m = /^\/api\/articles\/([^/]+)$/.exec(path);
    if (m) {
      let id: string;
      try {
        id = cleanString(decodeURIComponent(m[1])).value;
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
      // the same event filters as /api/events, plus a minimum confidence (src/export/filter.ts)
      await streamExport(store, p.oneOf('format', EXPORT_FORMATS), res, { ...eventFilter(p), minConfidence: p.fraction('min_confidence') });
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
      if (isDataException(err)) {
        sendError(res, 400, 'a value in the request cannot be stored or searched (invalid characters?)');
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
  const guard = new Guard({ bindHost: host, token: opts.token, allowedHosts: opts.allowedHosts });
  const server = createServer(createHandler(opts, guard));
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      // articles a crash left pending (stored, never analysed) are analysed once now (resume.ts)
      const resume = opts.resumePending ?? opts.store.kind === 'sqlite';
      const stop = new AbortController();
      const resumed = resume ? resumePending(opts.store, stop.signal) : Promise.resolve(0);
      resolve({
        server, port, url: `http://${shown}:${port}/`, resumed,
        close: async () => {
          stop.abort();
          await resumed;
          await new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          });
        },
      });
    });
  });
}
