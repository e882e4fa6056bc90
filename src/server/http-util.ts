/**
 * Small helpers over node:http: JSON replies, JSON errors, and a size-limited body reader.
 *
 * @example
 * sendJson(res, 200, { items: [] });
 * throw new HttpError(404, 'no such article');
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error with the HTTP status to answer; its message goes out as {error}. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Headers every API reply carries: no sniffing, no framing, no caching of live data. */
const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/** Writes `body` as JSON with the given status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
  });
  res.end(data);
}

/** Writes {error: message} with the status. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: message });
}

/**
 * Reads the whole request body as UTF-8, failing with 413 as soon as it passes `limit` bytes
 * (the declared content-length is checked first, so a huge upload is refused before reading).
 *
 * @example
 * const text = await readBody(req, 5 * 1024 * 1024);
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return (await readBodyBytes(req, limit)).toString('utf8');
}

/** readBody's bytes, undecoded (a text/plain body is decoded by its charset). */
export function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new HttpError(413, `request body too large (limit ${limit} bytes)`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.resume();
        reject(new HttpError(413, `request body too large (limit ${limit} bytes)`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (err) => {
      if (!done) {
        done = true;
        reject(new HttpError(400, `could not read request body: ${err.message}`));
      }
    });
  });
}

export { BASE_HEADERS };
