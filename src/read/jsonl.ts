/**
 * JSON Lines: one article a line, read as a stream so a large file never sits in memory whole.
 * A broken line (bad JSON, wrong field types, binary, too long) gives a ReadFailed for that line
 * and the rest go on, in order. Blank lines are skipped. Origins are "<file>:<line number>".
 *
 * @example
 * for await (const item of jsonlItems(createReadStream('a.jsonl'), 'a.jsonl', readLimits())) ...
 */
import { decodeBytes } from './decode.js';
import { toArticle } from './article.js';
import { failed, tooLarge } from './formats.js';
import { cleanItem } from './clean-text.js';
import type { ReadItem, ReadLimits } from './types.js';

/** A line's bytes (without the newline), or null when it was longer than the limit. */
export interface ByteLine { n: number; line: Buffer | null }

/** Splits a byte stream into lines; lines over `max` bytes are skipped (line: null) without being kept. */
export async function* byteLines(stream: AsyncIterable<Buffer | string>, max: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let len = 0;
  let skipping = false;
  let n = 0;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    while (from <= chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!skipping) {
        if (len + (end - from) > max) {
          skipping = true;
          parts = [];
          len = 0;
        } else if (end > from) {
          parts.push(chunk.subarray(from, end));
          len += end - from;
        }
      }
      if (nl < 0) break;
      n++;
      yield { n, line: skipping ? null : Buffer.concat(parts, len) };
      parts = [];
      len = 0;
      skipping = false;
      from = nl + 1;
    }
  }
  if (skipping || len > 0) yield { n: n + 1, line: skipping ? null : Buffer.concat(parts, len) };
}

/** The articles of a JSON Lines stream. */
export async function* jsonlItems(stream: AsyncIterable<Buffer | string>, origin: string, limits: ReadLimits): AsyncGenerator<ReadItem> {
  // a JSON line carries escapes and fields besides the text: allow some room over the text limit
  const maxLine = limits.maxArticleBytes + 64 * 1024;
  for await (const { n, line } of byteLines(stream, maxLine)) {
    const where = `${origin}:${n}`;
    if (line === null) {
      yield tooLarge(where, null, maxLine, 'line');
      continue;
    }
    const end = line.length && line[line.length - 1] === 0x0d ? line.length - 1 : line.length;
    const bytes = line.subarray(0, end);
    if (!bytes.toString('latin1').trim()) continue;
    const d = decodeBytes(bytes);
    if (!d.ok) {
      yield failed(where, d.code === 'empty' ? 'bad-json' : d.code, `line ${n}: ${d.message}`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(d.text);
    } catch (err) {
      yield failed(where, 'bad-json', `line ${n}: not valid JSON (${(err as Error).message.split('\n')[0].slice(0, 120)})`);
      continue;
    }
    const c = toArticle(value, limits.maxArticleBytes);
    if (!c.ok) {
      yield failed(where, c.code, `line ${n}: ${c.message}`, c.id);
      continue;
    }
    const notes = [...d.notes, ...c.notes];
    yield cleanItem(notes.length ? { article: c.article, origin: where, notes } : { article: c.article, origin: where });
  }
}
