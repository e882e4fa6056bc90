/**
 * A careful HTTP(S) GET for URLs and feeds: honest User-Agent, one deadline for the whole download,
 * a size limit counted on the decoded (decompressed) bytes so compression bombs are cut, at most N
 * redirects followed by hand with every hop checked, and no private, loopback or link-local
 * addresses (every address the host resolves to is checked, after each redirect too, and the
 * connection goes to the checked address) unless `allowPrivate`.
 *
 * @example
 * const page = await fetchUrl('https://example.org/news', { limits: readLimits() });
 * page.body; // Buffer of at most limits.maxPageBytes
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import { lookup } from 'node:dns/promises';
import type { Readable } from 'node:stream';
import type { ReadLimits } from './types.js';
import { formatBytes } from './limits.js';

/** The User-Agent of every request Lagebild makes. */
export const USER_AGENT = 'Lagebild/0.1 (+https://github.com/lagebild)';

/** A download that failed; `code` is one of the documented reader error codes. */
export class FetchError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

/** What a download yields. */
export interface Fetched {
  /** the final URL after redirects */
  url: string;
  status: number;
  /** media type, lower-cased, without parameters ("text/html"), or '' */
  contentType: string;
  /** charset parameter of Content-Type, if any */
  charset: string | null;
  body: Buffer;
}

/** Limits and permissions of one download. */
export interface FetchOptions {
  limits: ReadLimits;
  allowPrivate?: boolean;
  /** Accept header (defaults to pages and feeds) */
  accept?: string;
}

const BLOCKED = new net.BlockList();
for (const [net4, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ['192.88.99.0', 24], // the old 6to4 relay anycast (RFC 7526): reaches whatever relay is near
] as const) BLOCKED.addSubnet(net4, bits, 'ipv4');
for (const [net6, bits] of [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible addresses (::a.b.c.d)
  ['::ffff:0:0:0', 96], // IPv4-translated (RFC 2765)
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215): the IPv4 inside is placed as the operator chose
  ['2001::', 32], // Teredo: the client's IPv4 is obfuscated inside, the relay is anyone's
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) BLOCKED.addSubnet(net6, bits, 'ipv6');

/** The eight 16-bit words of an IPv6 address (a trailing dotted quad allowed), else null. */
export function ipv6Words(ip: string): number[] | null {
  let s = ip.toLowerCase().replace(/%.*$/, '');
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (quad) {
    const b = quad.slice(1).map(Number);
    if (b.some((x) => x > 255)) return null;
    s = `${s.slice(0, quad.index)}${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const part = (h: string) => (h ? h.split(':') : []);
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0 || (halves.length === 1 && head.length !== 8)) return null;
  const words = [...head, ...Array(fill).fill('0'), ...tail];
  if (words.length !== 8 || words.some((w) => !/^[0-9a-f]{1,4}$/.test(w))) return null;
  return words.map((w) => parseInt(w, 16));
}

const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/**
 * The IPv4 address an IPv6 address carries and would reach: IPv4-mapped (::ffff:a.b.c.d),
 * NAT64 well-known prefix (64:ff9b::/96), 6to4 (2002:AABB:CCDD::/48); else null.
 */
export function embeddedV4(ip6: string): string | null {
  const w = ipv6Words(ip6);
  if (!w) return null;
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && w[5] === 0xffff) return v4(w[6], w[7]);
  if (w[0] === 0x64 && w[1] === 0xff9b && zeros(2, 6)) return v4(w[6], w[7]);
  if (w[0] === 0x2002) return v4(w[1], w[2]);
  return null;
}

/**
 * True for addresses a fetch must not reach by default: loopback, private (RFC 1918, ULA),
 * link-local, CGNAT, multicast, reserved and documentation ranges, also the IPv4 inside mapped,
 * NAT64 and 6to4 IPv6 addresses; IPv4-compatible, local NAT64 and Teredo addresses are refused whole.
 *
 * @example
 * isPrivateAddress('169.254.169.254'); // true
 */
export function isPrivateAddress(ip: string): boolean {
  const kind = net.isIP(ip);
  if (kind === 4) return BLOCKED.check(ip, 'ipv4');
  if (kind === 6) {
    if (BLOCKED.check(ip, 'ipv6')) return true;
    const inner = embeddedV4(ip);
    return inner ? BLOCKED.check(inner, 'ipv4') : false;
  }
  return true; // not an IP address at all: refuse
}

interface Address { address: string; family: number }

/** Resolves `host` and checks every address it resolves to; returns the first. */
async function resolveChecked(host: string, allowPrivate: boolean, aborted: Promise<never>): Promise<Address> {
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  let addrs: Address[];
  if (net.isIP(bare)) addrs = [{ address: bare, family: net.isIP(bare) }];
  else {
    try {
      addrs = await Promise.race([lookup(bare, { all: true, verbatim: true }), aborted]);
    } catch (err) {
      if (err instanceof FetchError) throw err;
      throw new FetchError('network', `cannot resolve host ${bare} (${(err as NodeJS.ErrnoException).code ?? 'DNS error'})`);
    }
  }
  if (!addrs.length) throw new FetchError('network', `host ${bare} has no address`);
  if (!allowPrivate) {
    const bad = addrs.find((a) => isPrivateAddress(a.address));
    if (bad) {
      throw new FetchError('blocked', `refused: ${bare} resolves to ${bad.address}, a private, loopback or link-local address`);
    }
  }
  return addrs[0];
}

/** One request to `url`, connecting to the already checked `addr`. */
function request(url: URL, addr: Address, accept: string, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const pinned = ((_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) =>
      o?.all ? cb(null, [addr]) : cb(null, addr.address, addr.family)) as unknown as net.LookupFunction;
    const req = mod.request(url, {
      method: 'GET',
      agent: false,
      lookup: pinned,
      signal,
      headers: { 'user-agent': USER_AGENT, accept, 'accept-encoding': 'gzip, deflate, br' },
    }, resolve);
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (signal.aborted) reject(new FetchError('timeout', 'the download took too long'));
      else reject(new FetchError('network', `cannot fetch ${url.host}: ${err.code ?? err.message}`));
    });
    req.end();
  });
}

/** Reads the body, decompressing, and stops as soon as more than `max` decoded bytes arrive. */
function readBody(res: http.IncomingMessage, max: number, signal: AbortSignal, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
    let stream: Readable = res;
    if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(zlib.createGunzip());
    else if (enc === 'deflate') stream = res.pipe(zlib.createUnzip());
    else if (enc === 'br') stream = res.pipe(zlib.createBrotliDecompress());
    else if (enc && enc !== 'identity') {
      res.destroy();
      reject(new FetchError('bad-encoding', `unsupported Content-Encoding "${enc}"`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      if (err) {
        res.destroy();
        if (stream !== res) stream.destroy();
        reject(err);
      } else resolve(Buffer.concat(chunks));
    };
    const onAbort = () => finish(new FetchError('timeout', `the download took longer than ${timeoutMs} ms`));
    signal.addEventListener('abort', onAbort);
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) finish(new FetchError('too-large', `the response is larger than ${formatBytes(max)} (decoded)`));
      else chunks.push(c);
    });
    stream.on('end', () => finish(null));
    stream.on('error', (e: Error) => finish(signal.aborted ? new FetchError('timeout', 'the download took too long')
      : new FetchError(stream === res ? 'network' : 'bad-encoding', `the response could not be read: ${e.message}`)));
    if (stream !== res) {
      res.on('error', (e: Error) => finish(new FetchError('network', `the connection failed: ${e.message}`)));
    }
    res.on('close', () => {
      if (!res.complete) finish(new FetchError(signal.aborted ? 'timeout' : 'network', 'the connection closed before the response was complete'));
    });
  });
}

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** GETs `spec` within the limits; throws FetchError with a code on every failure. */
export async function fetchUrl(spec: string, opts: FetchOptions): Promise<Fetched> {
  const { limits } = opts;
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new FetchError('bad-url', `not a valid URL: ${spec}`);
  }
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), limits.timeoutMs);
  const aborted = new Promise<never>((_, reject) => {
    ctl.signal.addEventListener('abort', () => reject(new FetchError('timeout', `the download took longer than ${limits.timeoutMs} ms`)));
  });
  aborted.catch(() => {});
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchError('bad-url', `refused: only http and https URLs are fetched (${url.protocol})`);
      }
      if (url.username || url.password) throw new FetchError('bad-url', 'refused: URLs with credentials are not fetched');
      const addr = await resolveChecked(url.hostname, !!opts.allowPrivate, aborted);
      const res = await Promise.race([request(url, addr, opts.accept ?? DEFAULT_ACCEPT, ctl.signal), aborted]);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.destroy();
        const loc = res.headers.location;
        if (!loc) throw new FetchError('http-status', `HTTP ${status} without a Location header`);
        if (hop >= limits.maxRedirects) throw new FetchError('too-many-redirects', `more than ${limits.maxRedirects} redirects`);
        try {
          url = new URL(loc, url);
        } catch {
          throw new FetchError('bad-url', `redirect to an invalid URL: ${loc.slice(0, 200)}`);
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new FetchError('http-status', `HTTP ${status} ${res.statusMessage ?? ''}`.trim());
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxPageBytes) {
        res.destroy();
        throw new FetchError('too-large', `the response is ${formatBytes(declared)}; the limit is ${formatBytes(limits.maxPageBytes)}`);
      }
      const body = await readBody(res, limits.maxPageBytes, ctl.signal, limits.timeoutMs);
      const ct = String(res.headers['content-type'] ?? '');
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(ct)?.[1] ?? null;
      return { url: url.href, status, contentType: ct.split(';')[0].trim().toLowerCase(), charset, body };
    }
  } finally {
    clearTimeout(timer);
  }
}
