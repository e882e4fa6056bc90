import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';
import { createDoc } from '../../doc/doc.js';
import { createPipeline } from '../../pipeline/pipeline.js';

const pipeline = createPipeline(['header', 'segment', 'mentions', 'actors', 'quotes']);

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', 'Die Ministerin Lena Hoff sagte, dass die Schulen im Herbst öffnen.', ['content-after: indirect | dass die Schulen im Herbst öffnen | sagte | Lena Hoff']],
  ['de', 'Der Trainer erklärte: „Wir spielen auf Sieg.“', ['content-after: direct | „Wir spielen auf Sieg.“ | erklärte | Der Trainer']],
  ['en', 'Mayor Tom Reed said that the bridge would reopen in May.', ['content-after: indirect | the bridge would reopen in May | said | Tom Reed']],
  ['de', 'Der Bürgermeister sagte, die Brücke sei »ein Denkmal der Fehlplanung« gewesen.', [
    'content-after: mixed | die Brücke sei »ein Denkmal der Fehlplanung« gewesen | sagte | Der Bürgermeister',
    'content-after/verbatim: direct | »ein Denkmal der Fehlplanung« | sagte | Der Bürgermeister']],
  // a cue inside an adverbial clause introduces nothing; a passive participle is no cue
  ['de', 'Weil der Minister sagte, dass die Schulen öffnen, kamen alle.', []],
  ['de', 'Der Schaden wurde von Experten auf drei Millionen Euro geschätzt.', []],
  ['en', 'The police said nothing.', []],
];

test('content after the cue: "sagte, dass …", "erklärte: …", "said that …"', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});

test('the addressee after a cue is kept apart from the content (lexicons/<code>/addressee-cues.tsv)', () => {
  // [language, sentence written for this test, "content | speaker | addressee"]
  const rows: ['de' | 'en', string, string][] = [
    ['en', 'Minister Paul Grant told reporters that the talks had failed.', 'the talks had failed | Paul Grant | reporters'],
    ['de', 'Der Minister sagte gegenüber Journalisten, die Gespräche seien gescheitert.', 'die Gespräche seien gescheitert | Der Minister | Journalisten'],
    ['de', 'Die Gespräche seien gescheitert, sagte der Minister gegenüber der Zeitung.', 'Die Gespräche seien gescheitert | der Minister | der Zeitung'],
  ];
  for (const [lang, text, expected] of rows) {
    const doc = pipeline.run(createDoc({ id: 't', text, lang, date: null }));
    assert.deepEqual(doc.quotes.map((q) => `${q.text} | ${q.speaker?.text} | ${q.addressee?.text}`), [expected], text);
  }
});
