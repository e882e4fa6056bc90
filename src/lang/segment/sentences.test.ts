import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentStarts } from './sentences.js';

/** Boundaries of one Intl pass over the whole text, the reference the windows must reproduce. */
function wholeStarts(seg: Intl.Segmenter, text: string): number[] {
  const out: number[] = [];
  for (const g of seg.segment(text)) out.push(g.index);
  out.push(text.length);
  return out;
}

const SENTENCES = [
  'Der Minister sagte am Montag, die Lage sei ernst.',
  'Dr. Weber bestätigte das z. B. im Ausschuss.',
  'Die Zahl stieg um 1.234.567 Euro (...) auf 3,5 Mio. Euro.',
  'Warum?! Niemand wusste es...',
  '»Wir bleiben«, sagte sie. »Ganz sicher.«',
  'The U.S. envoy met him at 10 a.m. on Friday.',
  'Prices rose 12.5 % . . . and then fell.',
];

test('windowed segmentation gives the boundaries of one Intl pass', () => {
  for (const lang of ['de', 'en']) {
    const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    const cases = [
      SENTENCES.join(' '),
      Array.from({ length: 240 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' '),
      `${SENTENCES[0]} ${'1. 2. 3. '.repeat(800)}${SENTENCES[1]}`,
      `${'Ein sehr langer Satz ohne Ende '.repeat(480)}. ${SENTENCES[2]}`,
      `${SENTENCES[3]} ${'.'.repeat(3600)} ${SENTENCES[4]} ${' '.repeat(2800)}${SENTENCES[5]}`,
    ];
    for (const text of cases) assert.deepEqual(segmentStarts(seg, text, 0, text.length), wholeStarts(seg, text), `${lang} ${text.length}`);
  }
});
