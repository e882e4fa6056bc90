/**
 * Default limits of the readers (documented in docs/input.md). ReadOptions.limits overrides them.
 *
 * @example
 * const l = readLimits({ timeoutMs: 500 }); // defaults with a shorter timeout
 */
import type { ReadLimits, ReadOptions } from './types.js';

/** The defaults: 2 MB of article text, 10 MB per page or feed, 20 s per download, 5 redirects, 200 feed entries, 2 min per feed. */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxArticleBytes: 2 * 1024 * 1024,
  maxPageBytes: 10 * 1024 * 1024,
  timeoutMs: 20_000,
  maxRedirects: 5,
  maxFeedItems: 200,
  feedTimeoutMs: 120_000,
});

/** The defaults with the given overrides applied. */
export function readLimits(over: ReadOptions['limits'] = {}): ReadLimits {
  return { ...DEFAULT_LIMITS, ...over };
}

/** "2 MB", "512 KB", "100 bytes": sizes for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
