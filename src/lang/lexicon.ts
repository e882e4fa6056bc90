/**
 * Loads lexicon files from `lexicons/<lang>/<name>.tsv`.
 *
 * File format (one format for every lexicon, so a third language is a new folder):
 * - lines starting with `#` are the header: what the file holds, its columns and where the facts
 *   came from; blank lines are ignored;
 * - every other line is one entry, columns separated by TABs (a single column needs no TAB).
 *
 * Files are read once per process and cached; stages compile them into their own lookup
 * structures at first use, never per article.
 *
 * @example
 * const rows = lexicon('de', 'cue-verbs'); // [['sagte', 'sagen', 'speech'], ...]
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LEXICON_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons');

const cache = new Map<string, string[][]>();

export function lexiconPath(lang: string, name: string): string {
  return join(LEXICON_ROOT, lang, `${name}.tsv`);
}

export function hasLexicon(lang: string, name: string): boolean {
  return existsSync(lexiconPath(lang, name));
}

/** Rows of the lexicon (header and blank lines dropped). Throws if the file is missing. */
export function lexicon(lang: string, name: string): string[][] {
  const key = `${lang}/${name}`;
  let rows = cache.get(key);
  if (!rows) {
    rows = parseLexicon(readFileSync(lexiconPath(lang, name), 'utf8'));
    cache.set(key, rows);
  }
  return rows;
}

export function parseLexicon(source: string): string[][] {
  const rows: string[][] = [];
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  return rows;
}

/** First column of each row as a set (for word lists). */
export function lexiconSet(lang: string, name: string): Set<string> {
  return new Set(lexicon(lang, name).map((r) => r[0]));
}
