/**
 * Lower-case text of every token, computed once per token array and shared by the stages that
 * need it (measures, and any later stage that asks), instead of each lower-casing on its own.
 * Punctuation and numbers keep their text as is.
 *
 * @example
 * const low = tokenLower(doc.tokens); // low[i] === doc.tokens[i].text.toLowerCase()
 */
import type { Token } from './doc.js';

const cache = new WeakMap<Token[], string[]>();

/** Lower-case token texts, parallel to `tokens` (cached per array; do not mutate the result). */
export function tokenLower(tokens: Token[]): string[] {
  let low = cache.get(tokens);
  if (low && low.length === tokens.length) return low;
  low = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    low[i] = t.kind === 'word' ? t.text.toLowerCase() : t.text;
  }
  cache.set(tokens, low);
  return low;
}
