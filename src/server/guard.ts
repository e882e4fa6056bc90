/**
 * Who may read and write (docs/web.md, "Security"): the Host check against DNS rebinding (on
 * every server, loopback or not), the token, and the cross-site rules for writes without one.
 *
 * - Host: the Host header must name this server: a loopback name, the address it is bound to,
 *   this machine's name or one of its interface addresses, or a name given in `allowedHosts`.
 * - Beyond loopback (or whenever a token is set), every API request needs the token: reads too.
 *   A browser may carry it as the cookie `lagebild_token` (set by opening `/?token=T` once);
 *   the cookie counts for reads only, writes need the header.
 * - A write without a token (loopback server without one) must be same-origin: a browser's
 *   Origin, when sent, must be this server (`Origin: null` is refused), Sec-Fetch-Site must be
 *   same-origin or none, and the body must be `Content-Type: application/json` exactly, which no
 *   page of another site can send without a CORS preflight this server never answers.
 *
 * @example
 * const guard = new Guard({ bindHost: '127.0.0.1', token: undefined });
 * guard.checkHost(req); guard.checkWrite(req); // throw HttpError(403 | 401 | 415)
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { HttpError } from './http-util.js';

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host) || host.endsWith('.localhost');
}

/** The host name of a Host header or an origin's host, lower-case, without port and brackets. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'));
  return h.replace(/:\d*$/, '').replace(/\.$/, '');
}

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The name of the cookie a browser may carry the token in (reads only). */
export const TOKEN_COOKIE = 'lagebild_token';

/** The token of the Authorization ("Bearer T") or X-Lagebild-Token header. */
function headerToken(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const h = req.headers['x-lagebild-token'];
  return typeof h === 'string' ? h.trim() : null;
}

/** The token of the lagebild_token cookie. */
function cookieToken(req: IncomingMessage): string | null {
  const c = req.headers.cookie;
  if (!c) return null;
  for (const part of c.split(';')) {
    const [k, ...v] = part.split('=');
    if (k.trim() === TOKEN_COOKIE) {
      try {
        return decodeURIComponent(v.join('=').trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The media type of a Content-Type header, lower-case, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return String(contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(String(contentType ?? ''))?.[1]?.toLowerCase() ?? null;
}

export interface GuardOptions {
  /** the address the server listens on */
  bindHost: string;
  /** the token (reads and writes beyond loopback, writes on loopback) */
  token?: string;
  /** further Host names to answer to (a DNS name or a reverse proxy's name) */
  allowedHosts?: string[];
}

/** The access rules of one server. */
export class Guard {
  readonly loopback: boolean;
  /** every API request needs the token (beyond loopback) */
  readonly readsNeedToken: boolean;
  /** writes need the token (beyond loopback, or a token was given) */
  readonly writesNeedToken: boolean;
  private readonly hosts: Set<string>;

  constructor(private readonly o: GuardOptions) {
    this.loopback = isLoopback(hostName(o.bindHost));
    this.readsNeedToken = !this.loopback;
    this.writesNeedToken = !this.loopback || Boolean(o.token);
    this.hosts = new Set((o.allowedHosts ?? []).map(hostName));
    const bind = hostName(o.bindHost);
    if (!this.loopback) {
      const wildcard = bind === '0.0.0.0' || bind === '::';
      if (!wildcard) this.hosts.add(bind);
      else {
        // bound to every interface: answer to the machine's name and to each of its addresses
        this.hosts.add(hostname().toLowerCase());
        for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) this.hosts.add(hostName(a.address));
      }
    }
  }

  /** Refuses (403) a Host header that names no address of this server (DNS rebinding). */
  checkHost(req: IncomingMessage): void {
    const host = req.headers.host;
    if (!host) return; // HTTP/1.0 clients; a browser always sends one
    const name = hostName(host);
    if (isLoopback(name) || this.hosts.has(name)) return;
    throw new HttpError(403, `unknown Host "${host.slice(0, 100)}": this server answers only to its own names and addresses (--allow-host NAME adds one)`);
  }

  /** True when the request carries the right token (header, or for reads the cookie). */
  private hasToken(req: IncomingMessage, cookieOk: boolean): boolean {
    if (!this.o.token) return false;
    const given = headerToken(req) ?? (cookieOk ? cookieToken(req) : null);
    return !!given && tokenMatches(given, this.o.token);
  }

  /** A token given as ?token= that is right: the caller sets the cookie. */
  tokenFromQuery(sp: URLSearchParams): string | null {
    const t = sp.get('token');
    return t && this.o.token && tokenMatches(t, this.o.token) ? t : null;
  }

  /** Checks a GET of the API. */
  checkRead(req: IncomingMessage): void {
    if (!this.readsNeedToken) return;
    if (!this.o.token) throw new HttpError(401, 'this server listens beyond loopback and has no token (--token or LAGEBILD_TOKEN): the API is disabled');
    if (!this.hasToken(req, true)) throw new HttpError(401, 'a valid token is required (Authorization: Bearer TOKEN, or open /?token=TOKEN once in the browser)');
  }

  /** Checks a POST: same-origin always; then the token, or without one a JSON body. */
  checkWrite(req: IncomingMessage): void {
    const origin = req.headers.origin;
    if (origin !== undefined) {
      let host: string | null = null;
      try {
        host = origin === 'null' ? null : new URL(origin).host;
      } catch {}
      if (host === null || host !== req.headers.host) throw new HttpError(403, 'cross-origin writes are not allowed');
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, 'cross-site writes are not allowed');
    if (this.writesNeedToken) {
      if (!this.o.token) throw new HttpError(401, 'writes are disabled: this server listens beyond loopback and has no token (--token or LAGEBILD_TOKEN)');
      if (!this.hasToken(req, false)) throw new HttpError(401, 'a valid token is required for writes (Authorization: Bearer TOKEN)');
      return;
    }
    if (mediaType(req.headers['content-type']) !== 'application/json') {
      throw new HttpError(415, 'writes need Content-Type: application/json (or the token: --token, Authorization: Bearer TOKEN)');
    }
  }
}
