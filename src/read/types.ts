/**
 * What readers produce: articles in contract input form, or a per-item error that does not stop
 * the others. Implemented in src/read/ (text with photo header, HTML, JSON, JSONL, stdin, URL, feed).
 *
 * @example
 * for await (const item of readSource('samples/', {})) if ('article' in item) store(item.article);
 */
import type { ArticleIn } from '../contract/schema.js';

export interface ReadOk {
  article: ArticleIn;
  /** where it came from: file path (+ ":line" for JSONL), URL, or "-" */
  origin: string;
  /** recoverable things the reader did (encoding guessed, field ignored); shown as diagnostics of stage "read" */
  notes?: string[];
}

export interface ReadFailed {
  error: { code: string; message: string };
  origin: string;
  /** the article id when the broken item named one */
  id?: string;
}

export type ReadItem = ReadOk | ReadFailed;

export interface ReadOptions {
  /** json | jsonl | text | html: forces the format (stdin, or files without a telling extension) */
  format?: 'json' | 'jsonl' | 'text' | 'html';
  /** permit fetching private / loopback / link-local addresses (off by default) */
  allowPrivate?: boolean;
  /** overrides of the documented limits (docs/input.md), mainly for tests */
  limits?: Partial<ReadLimits>;
  /** the stream '-' reads (default process.stdin) */
  stdin?: NodeJS.ReadableStream;
}

/** Size and time limits of the readers (defaults in src/read/limits.ts, documented in docs/input.md). */
export interface ReadLimits {
  /** largest article text in bytes (a .txt/.json file, a JSONL line, an extracted HTML text) */
  maxArticleBytes: number;
  /** largest HTML page or feed in bytes (file or download, after decompression) */
  maxPageBytes: number;
  /** time for a whole download (connect, headers, body) in ms */
  timeoutMs: number;
  /** redirects followed per download */
  maxRedirects: number;
  /** feed entries read per feed */
  maxFeedItems: number;
  /** time for a whole feed in ms: the feed and all its entries' pages (each download also within timeoutMs) */
  feedTimeoutMs: number;
}

/** Thrown (as a CliError by the CLI) when a whole source cannot be opened or parsed at all. */
export class SourceError extends Error {
  constructor(readonly origin: string, reason: string, readonly code: string = 'unreadable') {
    super(`${origin}: ${reason}`);
    this.name = 'SourceError';
  }
}
