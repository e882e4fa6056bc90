import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../doc/doc.js';
import { createPipeline } from '../pipeline.js';
import { segmentDoc } from './segment.js';
import { sentenceTokens, sentenceTokenRange } from '../../doc/sentence-tokens.js';
import { sharedFile, SHARED_MISSING } from '../../testing/shared.js';

function sentencesOf(text: string, lang: 'de' | 'en'): string[] {
  const doc = createDoc({ id: 't', text, lang, date: null });
  segmentDoc(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

test('German sentences: abbreviations, ordinals, dates, quotes, paragraphs', () => {
  const cases: [string, string[]][] = [
    ['Das gilt z. B. für Dr. Meier. Er kam.', ['Das gilt z. B. für Dr. Meier.', 'Er kam.']],
    ['Vgl. dazu Nr. 5 der Liste. Sie stimmte zu.', ['Vgl. dazu Nr. 5 der Liste.', 'Sie stimmte zu.']],
    ['Es kostet 3 Mrd. Euro bzw. 2 Mio. Dollar. Das ist viel.', ['Es kostet 3 Mrd. Euro bzw. 2 Mio. Dollar.', 'Das ist viel.']],
    ['Der Schaden beträgt 3 Mio. Das ist viel.', ['Der Schaden beträgt 3 Mio.', 'Das ist viel.']],
    ['Er kam am 9. September nach Berlin. Dann ging er.', ['Er kam am 9. September nach Berlin.', 'Dann ging er.']],
    ['Am 22. September 2025 begann es. Gut.', ['Am 22. September 2025 begann es.', 'Gut.']],
    ['Bis zum 3. Sept. wartet sie. Dann nicht.', ['Bis zum 3. Sept. wartet sie.', 'Dann nicht.']],
    ['Das Wachstum im 3. Quartal war schwach. Später nicht.', ['Das Wachstum im 3. Quartal war schwach.', 'Später nicht.']],
    ['Die Stadt ist geteilt seit 1945. Danach kam die Mauer.', ['Die Stadt ist geteilt seit 1945.', 'Danach kam die Mauer.']],
    ['Sie zählte 12. Dann hörte sie auf.', ['Sie zählte 12.', 'Dann hörte sie auf.']],
    ['Das geschah im frühen 19. Jahrhundert. Er wurde 70. Danach starb er.', ['Das geschah im frühen 19. Jahrhundert.', 'Er wurde 70.', 'Danach starb er.']],
    ['Sie erreichte die Runde der besten 32. Der Gegner war stark.', ['Sie erreichte die Runde der besten 32.', 'Der Gegner war stark.']],
    ['Gemeldet am 16. 5. 2016 von uns.', ['Gemeldet am 16. 5. 2016 von uns.']],
    ['Er gewann. (APA – 8.8. 2015)', ['Er gewann.', '(APA – 8.8. 2015)']],
    ['»Wirklich?« fragte er. Sie nickte.', ['»Wirklich?« fragte er.', 'Sie nickte.']],
    ['»Ja!«, sagte sie. Er ging.', ['»Ja!«, sagte sie.', 'Er ging.']],
    ['»Das reicht. Wir gehen«, sagte sie. Er blieb.', ['»Das reicht. Wir gehen«, sagte sie.', 'Er blieb.']],
    ['»Das reicht. Wir gehen.« Er blieb.', ['»Das reicht.', 'Wir gehen.«', 'Er blieb.']],
    ['Er sagte: „Wir kommen.“ Dann ging er.', ['Er sagte: „Wir kommen.“', 'Dann ging er.']],
    ['„Warum?“, fragte sie. Keiner wusste es.', ['„Warum?“, fragte sie.', 'Keiner wusste es.']],
    ['Sie rief ‚Halt!‘ und lief. Er folgte.', ['Sie rief ‚Halt!‘ und lief.', 'Er folgte.']],
    ['Der Chef von Siemens AG. Er heißt Kim.', ['Der Chef von Siemens AG.', 'Er heißt Kim.']],
    ['Erste Zeile ohne Punkt\nZweite Zeile.', ['Erste Zeile ohne Punkt', 'Zweite Zeile.']],
    ['Absatz eins.\n\n  Absatz zwei. Noch ein Satz.  ', ['Absatz eins.', 'Absatz zwei.', 'Noch ein Satz.']],
    ['Wie geht’s? Gut.', ['Wie geht’s?', 'Gut.']],
    ['Das gilt u. a. für Kinder. Sonst nicht.', ['Das gilt u. a. für Kinder.', 'Sonst nicht.']],
    ['Man nehme z. B. Äpfel. Oder Vitamin B. Das hilft.', ['Man nehme z. B. Äpfel.', 'Oder Vitamin B.', 'Das hilft.']],
    ['Rom wurde 753 v. Chr. gegründet. So heißt es.', ['Rom wurde 753 v. Chr. gegründet.', 'So heißt es.']],
    ['Nach Art. 5 GG gilt das. Es ist eine neue Art. Sie gefällt.', ['Nach Art. 5 GG gilt das.', 'Es ist eine neue Art.', 'Sie gefällt.']],
  ];
  for (const [input, expected] of cases) assert.deepEqual(sentencesOf(input, 'de'), expected, input);
});

test('English sentences: titles, initials, U.S., quotes', () => {
  const cases: [string, string[]][] = [
    ['Mr. Smith met Mrs. Jones. They talked.', ['Mr. Smith met Mrs. Jones.', 'They talked.']],
    ['Gen. Brown and Sen. Lee spoke. Rep. Kim did not.', ['Gen. Brown and Sen. Lee spoke.', 'Rep. Kim did not.']],
    ['The U.S. Army left. The U.N. stayed.', ['The U.S. Army left.', 'The U.N. stayed.']],
    ['He moved to the U.S. The move was hard.', ['He moved to the U.S.', 'The move was hard.']],
    ['George W. Bush spoke on Jan. 5 in St. Louis. No one came.', ['George W. Bush spoke on Jan. 5 in St. Louis.', 'No one came.']],
    ['Acme Inc. said No. 1 is safe. Shares fell.', ['Acme Inc. said No. 1 is safe.', 'Shares fell.']],
    ['The answer was No. The vote failed.', ['The answer was No.', 'The vote failed.']],
    ['"We are ready. We will win," he said. She left.', ['"We are ready. We will win," he said.', 'She left.']],
    ['"Why?" she asked. Nobody knew.', ['"Why?" she asked.', 'Nobody knew.']],
    ['He said: "It is over." Then he left.', ['He said: "It is over."', 'Then he left.']],
    ['Shares rose 1.5% to 3,000 points. Bonds fell.', ['Shares rose 1.5% to 3,000 points.', 'Bonds fell.']],
  ];
  for (const [input, expected] of cases) assert.deepEqual(sentencesOf(input, 'en'), expected, input);
});

test('paragraph index: blank lines separate paragraphs, single lines when there are no blank lines', () => {
  const cases: [string, number[]][] = [
    ['A eins. A zwei.\nA drei.\n\nB eins.', [0, 0, 0, 1]],
    ['Eins.\nZwei.\nDrei.', [0, 1, 2]],
  ];
  for (const [input, expected] of cases) {
    const doc = createDoc({ id: 't', text: input, lang: 'de', date: null });
    segmentDoc(doc);
    assert.deepEqual(doc.sentences.map((s) => s.paragraph), expected, input);
  }
});

function tokensOf(text: string, lang: 'de' | 'en'): string[] {
  const doc = createDoc({ id: 't', text, lang, date: null });
  segmentDoc(doc);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  return doc.tokens.map((t) => `${t.text}/${t.kind[0]}`);
}

test('tokens: compounds, numbers, abbreviations, punctuation', () => {
  const cases: [string, 'de' | 'en', string[]][] = [
    ['Der US-Präsident und ein Ex-Pentagon-Beamter.', 'de',
      ['Der/w', 'US-Präsident/w', 'und/w', 'ein/w', 'Ex-Pentagon-Beamter/w', './p']],
    ['KI-Chips kosten 1,5 oder 3.000 Euro, ca. 145 %.', 'de',
      ['KI-Chips/w', 'kosten/w', '1,5/n', 'oder/w', '3.000/n', 'Euro/w', ',/p', 'ca./w', '145/n', '%/p', './p']],
    ['Ein- und Ausfuhr am 9. September 2025.', 'de',
      ['Ein-/w', 'und/w', 'Ausfuhr/w', 'am/w', '9/n', './p', 'September/w', '2025/n', './p']],
    ['Dr. Kim (SPD) sagte: »Nein!«', 'de', ['Dr./w', 'Kim/w', '(/p', 'SPD/w', ')/p', 'sagte/w', ':/p', '»/p', 'Nein/w', '!/p', '«/p']],
    ["Trump's U.S. plan costs $3,000 or 1.5 million.", 'en',
      ['Trump/w', "'s/w", 'U.S./w', 'plan/w', 'costs/w', '$/p', '3,000/n', 'or/w', '1.5/n', 'million/w', './p']],
    ['Er mag Plan B. Die Frau von Dr. Kim auch.', 'de',
      ['Er/w', 'mag/w', 'Plan/w', 'B/w', './p', 'Die/w', 'Frau/w', 'von/w', 'Dr./w', 'Kim/w', 'auch/w', './p']],
    ['He moved to the U.S. His wife stayed in St. Louis, Mo.', 'en',
      ['He/w', 'moved/w', 'to/w', 'the/w', 'U.S./w', 'His/w', 'wife/w', 'stayed/w', 'in/w', 'St./w', 'Louis/w', ',/p', 'Mo/w', './p']],
    ["O'Brien's F-16 and COVID-19 two-hour talks.", 'en',
      ["O'Brien/w", "'s/w", 'F-16/w', 'and/w', 'COVID-19/w', 'two-hour/w', 'talks/w', './p']],
  ];
  for (const [input, lang, expected] of cases) assert.deepEqual(tokensOf(input, lang), expected, input);
});

test('compoundParts splits a compound token with offsets', async () => {
  const { compoundParts } = await import('../../lang/segment/tokens.js');
  const cases: [string, string[]][] = [
    ['US-Präsident', ['US@5', 'Präsident@8']],
    ['Ex-Pentagon-Beamter', ['Ex@5', 'Pentagon@8', 'Beamter@17']],
    ['Trump-Administration', ['Trump@5', 'Administration@11']],
    ['Ein-', ['Ein@5']],
    ['China', ['China@5']],
  ];
  for (const [input, expected] of cases) {
    const parts = compoundParts({ start: 5, end: 5 + input.length, text: input });
    assert.deepEqual(parts.map((p) => `${p.text}@${p.start}`), expected, input);
  }
});

test('sentence token ranges', () => {
  const doc = createDoc({ id: 't', text: 'Eins zwei. Drei! Vier fünf sechs.', lang: 'de', date: null });
  segmentDoc(doc);
  assert.deepEqual([0, 1, 2].map((i) => sentenceTokenRange(doc, i)), [[0, 3], [3, 5], [5, 9]]);
  assert.deepEqual(sentenceTokens(doc, 1).map((t) => t.text), ['Drei', '!']);
  assert.deepEqual(sentenceTokenRange(doc, 7), [0, 0]);
});

const seed = sharedFile('seed/article.txt');
test('seed article: 2 caption sentences + 31 body sentences (header + segment)', { skip: seed ? false : SHARED_MISSING }, () => {
  const text = readFileSync(seed as string, 'utf8');
  const doc: Doc = createDoc({ id: 'seed', text, lang: 'de', date: null });
  createPipeline(['header', 'segment']).run(doc);
  assert.deepEqual(doc.diagnostics, []);
  const header = doc.sentences.filter((s) => s.header);
  const body = doc.sentences.filter((s) => !s.header);
  assert.equal(header.length, 2);
  assert.equal(body.length, 31);
  for (const s of doc.sentences) {
    const t = text.slice(s.start, s.end);
    assert.equal(t, t.trim());
    assert.ok(!/\n/.test(t), 'no sentence spans a line break');
  }
  // The date prefix and the credit are not sentences.
  assert.ok(header[0].start >= (doc.headerSpans?.caption?.start ?? 0));
  assert.ok(body[0].start >= doc.bodyStart);
});
