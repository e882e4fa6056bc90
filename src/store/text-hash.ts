/**
 * The idempotency key of an article: sha256 over its whitespace-normalised text, so that the same
 * story stored twice (re-ingest, a copy with other line breaks) gives one row.
 *
 * @example
 * contentHash('Scholz  traf\nMacron.') === contentHash('Scholz traf Macron.'); // true
 */
import { createHash } from 'node:crypto';

/** NFC, every run of whitespace to one space, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** sha256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}
