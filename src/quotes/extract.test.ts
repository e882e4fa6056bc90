import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { explainQuotes, extractQuotes } from './extract.js';
import { SENTENCE_RULES } from './rules.js';

const upToActors = createPipeline(['header', 'segment', 'mentions', 'actors']);

test('the sentence rules run in the listed order', () => {
  assert.deepEqual(SENTENCE_RULES.map((r) => r.name), [
    'cues', 'konjunktiv-continuation', 'konjunktiv-sentence', 'reportative-perfect', 'reportative-main-clause', 'quoted-segments',
  ]);
});

test('a document without tokens has no quotes', () => {
  assert.deepEqual(extractQuotes(createDoc({ id: 'e', text: ' ', lang: 'de', date: null })), []);
});

test('quotes get ids in order, spans that point at their text, and the rule that made them', () => {
  // [language, text written for this test, expected "id rule type" per quote]
  const rows: ['de' | 'en', string, string[]][] = [
    ['de', 'Die Lage sei ernst, sagte Otto Brenner. Man werde aber alles tun. „Wir helfen, wo wir können“, sagte die Ministerin.',
      ['q1 content-before indirect', 'q2 konjunktiv-continuation free-indirect', 'q3 content-before direct']],
    ['en', 'Mayor Tom Reed said that the bridge would reopen in May. According to the police, nobody was hurt.',
      ['q1 content-after indirect', 'q2 attribution-phrase indirect']],
  ];
  for (const [lang, text, expected] of rows) {
    const doc = upToActors.run(createDoc({ id: 't', text, lang, date: '2025-09-25' }));
    const explained = explainQuotes(doc);
    assert.deepEqual(explained.map(({ quote, rule }) => `${quote.id} ${rule} ${quote.type}`), expected, text);
    assert.deepEqual(extractQuotes(doc), explained.map((e) => e.quote));
    for (const { quote } of explained) {
      assert.equal(quote.spans.map((s) => text.slice(s.start, s.end)).join(' … '), quote.text);
      if (quote.cue) assert.equal(text.slice(quote.cue.start, quote.cue.end).startsWith(quote.cue.text.split(' … ')[0]), true);
    }
  }
});
