/**
 * Fast access to the tokens of one sentence: the index where each sentence's tokens start in
 * doc.tokens, computed once per token array and cached (tokens are ordered by sentence).
 *
 * @example
 * for (const t of sentenceTokens(doc, 3)) console.log(t.text);
 */
import type { Doc, Token } from './doc.js';

const starts = new WeakMap<Token[], Uint32Array>();

/** Index in `tokens` of the first token of each sentence, plus a final entry (length n + 1). */
export function sentenceTokenStarts(tokens: Token[], sentenceCount: number): Uint32Array {
  let s = starts.get(tokens);
  if (s && s.length === sentenceCount + 1) return s;
  s = new Uint32Array(sentenceCount + 1);
  let k = 0;
  for (let i = 0; i <= sentenceCount; i++) {
    while (k < tokens.length && tokens[k].sentence < i) k++;
    s[i] = k;
  }
  starts.set(tokens, s);
  return s;
}

/**
 * [from, to) indexes into doc.tokens of sentence `i`'s tokens.
 *
 * @example
 * const [from, to] = sentenceTokenRange(doc, 0);
 */
export function sentenceTokenRange(doc: Doc, i: number): [number, number] {
  const s = sentenceTokenStarts(doc.tokens, doc.sentences.length);
  if (i < 0 || i >= doc.sentences.length) return [0, 0];
  return [s[i], s[i + 1]];
}

/** The tokens of sentence `i` (a fresh array slice). */
export function sentenceTokens(doc: Doc, i: number): Token[] {
  const [from, to] = sentenceTokenRange(doc, i);
  return doc.tokens.slice(from, to);
}
