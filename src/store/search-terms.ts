/**
 * What the full-text search indexes and asks (issue 14): words folded (lower case, no diacritics,
 * ß → ss) and stemmed with the Snowball stemmers of @orama/stemmers (the language pack's
 * `grammar.stem`, by the text's language), so "Zoll" finds "Zölle" and "Zöllen" and "Erden" does not find "werden"
 * (whole words, never substrings). Both stores index two columns per document: `stems` (words
 * and phrases) and `words` (folded unstemmed words, for prefix queries "Zoll*").
 *
 * A query: words (all must occur; each may be any of its alternatives: its German and English
 * stem, and the other names of the same actor or place), `word*` prefixes, and "quoted phrases".
 *
 * @example
 * searchFields('Die Zölle steigen', 'de'); // { stems: 'die zoll steig', words: 'die zolle steigen' }
 * parseQuery('Zoll* "neue Zölle" Peking', (n) => n === 'peking' ? ['Beijing'] : []);
 */
import { FALLBACK_LANG, hasPack, languageCodes, packOf } from '../lang/packs.js';

const WORD = /[\p{L}\p{N}]+/gu;
const cache = new Map<string, string>();

/** Lower case, no diacritics, ß → ss: the form both sides of the search compare. */
export function fold(w: string): string {
  return w.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
}

/** The stem of one lower-case word in `lang` (cached: news vocabulary repeats). */
export function stem(word: string, lang: string): string {
  const k = `${lang}:${word}`;
  let s = cache.get(k);
  if (s === undefined) {
    const stemmer = packOf(lang).grammar.stem;
    s = fold(stemmer ? stemmer(word) : word);
    if (cache.size > 200_000) cache.clear();
    cache.set(k, s);
  }
  return s;
}

/** The words of a text, lower-cased. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []);
}

/** The two indexed columns of a document in language `lang` (the fallback language when unknown). */
export function searchFields(text: string, lang: string | null | undefined): { stems: string; words: string } {
  const l = lang && hasPack(lang) ? lang : FALLBACK_LANG;
  const ws = words(text);
  return { stems: ws.map((w) => stem(w, l)).join(' '), words: ws.map(fold).join(' ') };
}

/** One condition of a query: any of `alternatives` (each a sequence of stems: a word or a phrase), or a prefix. */
export type Clause = { kind: 'terms'; alternatives: string[][] } | { kind: 'prefix'; prefix: string };

/** A parsed query: all clauses must hold. `expanded` lists the other names searched (for the UI). */
export interface ParsedQuery {
  clauses: Clause[];
  expanded: string[];
}

/** The stem sequences of a name or phrase in every registered language (distinct). */
function stemmings(text: string): string[][] {
  const ws = words(text);
  if (!ws.length) return [];
  const out = new Map<string, string[]>();
  for (const l of languageCodes()) {
    const seq = ws.map((w) => stem(w, l));
    out.set(seq.join(' '), seq);
  }
  return [...out.values()];
}

/**
 * Parses a user query. `sameAs(name)` gives other names of the actor or place `name` (registry,
 * place lexicons, merges); they become alternatives of that word or phrase. At most 12 clauses.
 */
export function parseQuery(q: string, sameAs: (name: string) => string[] = () => []): ParsedQuery {
  const clauses: Clause[] = [];
  const expanded = new Set<string>();
  const addTerms = (text: string) => {
    const alternatives = stemmings(text);
    if (!alternatives.length) return;
    for (const other of sameAs(text)) {
      if (fold(other) === fold(text)) continue;
      expanded.add(other);
      alternatives.push(...stemmings(other));
    }
    clauses.push({ kind: 'terms', alternatives: dedupe(alternatives) });
  };
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(q); m && clauses.length < 12; m = re.exec(q)) {
    if (m[1] !== undefined) {
      addTerms(m[1]);
      continue;
    }
    const token = m[2];
    if (/\*$/.test(token)) {
      const ws = words(token);
      if (ws.length === 1) clauses.push({ kind: 'prefix', prefix: fold(ws[0]) });
      else for (const w of ws) addTerms(w);
      continue;
    }
    for (const w of token.match(WORD) ?? []) addTerms(w);
  }
  return { clauses, expanded: [...expanded] };
}

function dedupe(list: string[][]): string[][] {
  const seen = new Map<string, string[]>();
  for (const x of list) seen.set(x.join(' '), x);
  return [...seen.values()];
}

/** SQLite FTS5 MATCH expression (columns `stems`, `words`); every term quoted, so no query syntax gets through. */
export function fts5Match(p: ParsedQuery): string {
  return p.clauses.map((c) => (c.kind === 'prefix'
    ? `words : "${c.prefix}" *`
    : `stems : (${c.alternatives.map((seq) => `"${seq.join(' ')}"`).join(' OR ')})`)).join(' AND ');
}

/** PostgreSQL to_tsquery('simple', …) text for the `stems` vector and the `words` vector. */
export function tsQueries(p: ParsedQuery): { stems: string | null; words: string | null } {
  const terms = p.clauses.filter((c): c is Extract<Clause, { kind: 'terms' }> => c.kind === 'terms')
    .map((c) => `(${c.alternatives.map((seq) => seq.map(lexeme).join(' <-> ')).join(' | ')})`);
  const prefixes = p.clauses.filter((c): c is Extract<Clause, { kind: 'prefix' }> => c.kind === 'prefix')
    .map((c) => `${lexeme(c.prefix)}:*`);
  return { stems: terms.length ? terms.join(' & ') : null, words: prefixes.length ? prefixes.join(' & ') : null };
}

/** A lexeme quoted for to_tsquery (letters and digits only, so quoting is enough). */
function lexeme(s: string): string {
  return `'${s.replace(/'/g, '')}'`;
}

/** Does `text` (language `lang`) satisfy the query? The in-memory twin of the stores' search (corrected rows). */
export function textMatches(p: ParsedQuery, text: string, lang: string | null | undefined): boolean {
  if (!p.clauses.length) return false;
  const f = searchFields(text, lang);
  const stems = ` ${f.stems} `;
  const ws = f.words.split(' ');
  return p.clauses.every((c) => (c.kind === 'prefix'
    ? ws.some((w) => w.startsWith(c.prefix))
    : c.alternatives.some((seq) => stems.includes(` ${seq.join(' ')} `))));
}
