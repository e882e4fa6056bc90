/**
 * The one lexicon loader: rows of `lexicons/<code>/<name>.tsv` for a language pack (its folder and
 * manifest come from src/lang/packs.ts), or of a shared folder (`common`, `plover`, `registry`).
 *
 * File format (one format for every lexicon, so a third language is a new folder):
 * - lines starting with `#` are the header: what the file holds, its columns and where the facts
 *   came from; blank lines are ignored;
 * - every other line is one entry, columns separated by TABs (a single column needs no TAB).
 *
 * Files are read once per pack and cached; engines compile them into their own lookup structures
 * once per pack with `compiled(lang, key, build)`, never per article. A lexicon the pack's manifest
 * marks optional reads as empty when its file is missing; any other missing file is an error
 * naming it.
 *
 * @example
 * const rows = lexicon('de', 'quote-cues'); // [['sagen', '-', 'speech', 'sagte,sagten,…'], ...]
 * const verbs = compiled('de', 'cue-verbs', () => new Set(rows.map((r) => r[0])));
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasPack, LEXICON_ROOT, packGeneration, packOf, type RegisteredPack } from './packs.js';

export { LEXICON_ROOT };

/** Rows and compiled structures of one pack (a re-registered pack starts afresh). */
interface PackCache {
  rows: Map<string, string[][]>;
  compiled: Map<string, unknown>;
}
const perPack = new WeakMap<RegisteredPack, PackCache>();
/** rows of shared folders that are no language (lexicons/common, lexicons/plover, ...) */
const shared = new Map<string, string[][]>();

/**
 * The code asked last, its pack's cache and the registry generation then: while the generation
 * is unchanged the same code names the same pack, so a repeated call skips the registry lookup.
 */
let lastLang: string | null = null;
let lastCache: PackCache | null = null;
let lastGeneration = -1;

function cacheOf(p: RegisteredPack): PackCache {
  let c = perPack.get(p);
  if (!c) perPack.set(p, (c = { rows: new Map(), compiled: new Map() }));
  return c;
}

/** Path of a lexicon file: in the pack's folder for a language, else under lexicons/<folder>/. */
export function lexiconPath(lang: string, name: string): string {
  return join(hasPack(lang) ? packOf(lang).lexiconDir : join(LEXICON_ROOT, lang), `${name}.tsv`);
}

/** True when the lexicon file exists (an optional lexicon of a pack may be absent). */
export function hasLexicon(lang: string, name: string): boolean {
  return existsSync(lexiconPath(lang, name));
}

/**
 * Rows of the lexicon (header and blank lines dropped). A missing file reads as no rows when the
 * pack marks it optional; otherwise it is an error naming the file.
 */
export function lexicon(lang: string, name: string): string[][] {
  if (!hasPack(lang)) {
    let rows = shared.get(`${lang}/${name}`);
    if (!rows) shared.set(`${lang}/${name}`, (rows = parseLexicon(readFileSync(join(LEXICON_ROOT, lang, `${name}.tsv`), 'utf8'))));
    return rows;
  }
  const pack = packOf(lang);
  const c = cacheOf(pack);
  let rows = c.rows.get(name);
  if (!rows) {
    const file = join(pack.lexiconDir, `${name}.tsv`);
    rows = !existsSync(file) && pack.optional.has(name) ? [] : parseLexicon(readFileSync(file, 'utf8'));
    c.rows.set(name, rows);
  }
  return rows;
}

/**
 * A structure compiled from a pack's lexicons, built once per pack under `key` (the engines'
 * lookup tables: quote cues, number words, date names, ...). `build` is given the language, so a
 * caller on a per-token path can pass a module-level function: a closure over `lang` would be
 * allocated on every call, hit or not.
 */
export function compiled<T>(lang: string, key: string, build: (lang: string) => T): T {
  // called per token by the engines: the same code as last time (and no pack registered or
  // removed since) reuses its cache, one Map lookup on a hit
  let c = lastCache;
  if (lang !== lastLang || c === null || lastGeneration !== packGeneration()) {
    c = cacheOf(packOf(lang)); // throws for an unknown code, before anything is remembered
    lastLang = lang;
    lastCache = c;
    lastGeneration = packGeneration();
  }
  const hit = c.compiled.get(key);
  if (hit !== undefined || c.compiled.has(key)) return hit as T;
  const v = build(lang);
  c.compiled.set(key, v);
  return v;
}

export function parseLexicon(source: string): string[][] {
  // every pool worker parses its lexicons afresh, mostly in the interpreter: per line no regular
  // expression and one array (the split's, trimmed in place)
  const rows: string[][] = [];
  for (const raw of source.split('\n')) {
    const line = raw.charCodeAt(raw.length - 1) === 13 /* '\r' */ ? raw.slice(0, -1) : raw;
    if (line.charCodeAt(0) === 35 /* '#' */ || !line.trim()) continue;
    const cells = line.split('\t');
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i].trim();
    rows.push(cells);
  }
  return rows;
}

/** First column of each row as a set (for word lists). */
export function lexiconSet(lang: string, name: string): Set<string> {
  return new Set(lexicon(lang, name).map((r) => r[0]));
}
