/**
 * The one entry point of the readers: every input form (file, directory, '-', URL, feed) as a
 * stream of ReadItems, in order. See docs/input.md for formats, limits and error codes.
 *
 * @example
 * for await (const item of readSource('samples/', {})) {
 *   if ('article' in item) console.log(item.origin, item.article.text.length);
 *   else console.error(item.origin, item.error.code);
 * }
 */
import { readPath, readStdin } from './files.js';
import { readLimits } from './limits.js';
import type { ReadItem, ReadOptions } from './types.js';

export type { ReadItem, ReadOk, ReadFailed, ReadOptions, ReadLimits } from './types.js';
export { SourceError } from './types.js';
export { DEFAULT_LIMITS } from './limits.js';

/** True for specs readSource fetches over the network. */
export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/**
 * Reads `spec`: '-' (stdin), an http(s) URL or feed, a directory, or a file. Throws SourceError
 * when the source cannot be opened at all; per-article problems are ReadFailed items. Every
 * article leaves normalised (clean-text.ts: no NUL, no lone surrogate), with a note when changed
 * (each reader cleans what it yields).
 */
export async function* readSource(spec: string, opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const limits = readLimits(opts.limits);
  if (spec === '-') yield* readStdin(opts, limits);
  else if (isUrl(spec)) {
    // the web reader (feed parser, fetch) loads only for a URL: ~75 ms of CPU saved for files
    const { readUrl } = await import('./web.js');
    yield* readUrl(spec, opts, limits);
  }
  else yield* readPath(spec, opts, limits);
}
