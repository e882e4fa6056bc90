/**
 * Test helper: segments a text with the real segmenter and runs the recogniser over each
 * sentence, returning `text/TYPE/rule` for every name found (before the mentions stage drops
 * overlaps), so table tests can say which rule must find what.
 *
 * @example
 * recogniseText('de', 'Bundeskanzler Friedrich Merz reist.'); // ['Friedrich Merz/PER/first-name']
 */
import { tokenLower } from '../../doc/token-lower.js';
import { createDoc } from '../../doc/doc.js';
import { isAllCapsSentence } from '../../pipeline/stages/mentions.js';
import { segmentDoc } from '../../pipeline/stages/segment.js';
import { nerData } from '../data.js';
import { buildUnits } from '../units.js';
import { createRecogniser } from './index.js';
import type { Found } from './types.js';

export function recogniseFound(lang: 'de' | 'en', text: string): Found[] {
  const doc = createDoc({ id: 't', text, lang, date: null });
  segmentDoc(doc);
  const recognise = createRecogniser(nerData(lang), { surnames: new Map() });
  const toks = doc.tokens;
  const lower = tokenLower(toks);
  const out: Found[] = [];
  for (let from = 0; from < toks.length;) {
    let to = from + 1;
    while (to < toks.length && toks[to].sentence === toks[from].sentence) to++;
    const units = buildUnits(doc.text, toks, lower, from, to);
    out.push(...recognise(units, isAllCapsSentence(units)));
    from = to;
  }
  return out;
}

export function recogniseText(lang: 'de' | 'en', text: string): string[] {
  return recogniseFound(lang, text).map((f) => `${text.slice(f.start, f.end)}/${f.type}/${f.rule}`);
}
