/**
 * Stage `segment`: sentences (with paragraph index; caption sentences marked header: true) and
 * tokens. With doc.headerSpans set, only the caption and the body (from doc.bodyStart) are
 * segmented: the "date ..." prefix and the photo credit are not sentences.
 *
 * @example
 * createPipeline(['header', 'segment']).run(doc); doc.sentences; doc.tokens;
 */
import type { Stage } from '../stage.js';
import type { Doc, Sentence, Token } from '../../doc/doc.js';
import { splitSentences } from '../../lang/segment/sentences.js';
import { tokenizeSpan } from '../../lang/segment/tokens.js';
import { sentenceTokenStarts } from '../../doc/sentence-tokens.js';

/** Fills doc.sentences and doc.tokens (see the stage description). */
export function segmentDoc(doc: Doc): void {
  const { text, lang } = doc;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const caption = doc.headerSpans?.caption;
  if (caption && caption.end > caption.start) {
    const r = splitSentences(text, lang, caption.start, caption.end, paragraph);
    for (const s of r.sentences) sentences.push({ start: s.start, end: s.end, header: true, paragraph: s.paragraph });
    paragraph = r.nextParagraph;
  }
  const bodyStart = Math.min(Math.max(doc.bodyStart, 0), text.length);
  const body = splitSentences(text, lang, bodyStart, text.length, paragraph);
  for (const s of body.sentences) sentences.push({ start: s.start, end: s.end, paragraph: s.paragraph });
  const tokens: Token[] = [];
  for (let i = 0; i < sentences.length; i++) tokenizeSpan(text, sentences[i].start, sentences[i].end, i, lang, tokens);
  doc.sentences = sentences;
  doc.tokens = tokens;
  sentenceTokenStarts(tokens, sentences.length);
}

/** The `segment` stage (registered in src/pipeline/registry.ts). */
export const segment: Stage = {
  name: 'segment',
  description: 'sentences (Intl.Segmenter + abbreviation, ordinal and quotation rules), paragraphs and tokens',
  requires: ['text', 'lang', 'bodyStart', 'headerSpans'],
  assigns: ['sentences', 'tokens'],
  amends: [],
  run: segmentDoc,
};
