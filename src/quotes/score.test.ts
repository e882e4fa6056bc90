import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchQuotes, scoreQuotes, tokensIn, type GoldQuote, type PredQuote, type Range } from './score.js';

// Sentences written for this test.
const TEXT = 'Die Ministerin sagte, der Plan sei gut und werde bald umgesetzt. Morgen folgt mehr.';
const span = (s: string): Range => {
  const i = TEXT.indexOf(s);
  return [i, i + s.length];
};

test('tokensIn counts letter/digit runs inside spans', () => {
  const cases: [Range[], number][] = [
    [[span('der Plan sei gut')], 4],
    [[span('Morgen folgt mehr.')], 3],
    [[span('sagte, ')], 1],
    [[], 0],
  ];
  for (const [spans, n] of cases) assert.equal(tokensIn(TEXT, spans).size, n, JSON.stringify(spans));
});

test('half-and-half rule decides a match', () => {
  const gold: GoldQuote = { spans: [span('der Plan sei gut und werde bald umgesetzt')], type: 'indirect' };
  // [predicted span text, matches?]
  const cases: [string, boolean][] = [
    ['der Plan sei gut und werde bald umgesetzt', true],
    ['der Plan sei gut', true], // 4 of 8 gold tokens: exactly half
    ['der Plan sei', false], // 3 of 8
    ['Die Ministerin sagte, der Plan sei gut und werde bald umgesetzt. Morgen folgt mehr', true], // 8 of 14 predicted tokens in gold
    ['sagte, der Plan sei gut und werde bald umgesetzt', true],
  ];
  for (const [p, want] of cases) {
    const pred: PredQuote = { spans: [span(p)], speaker: null };
    const got = matchQuotes(TEXT, [gold], [pred]).length === 1;
    assert.equal(got, want, p);
  }
  // all gold tokens covered, but only 4 of 11 predicted tokens inside gold: no match
  const short: GoldQuote = { spans: [span('der Plan sei gut')], type: 'indirect' };
  const long: PredQuote = { spans: [span('Die Ministerin sagte, der Plan sei gut und werde bald umgesetzt')], speaker: null };
  assert.equal(matchQuotes(TEXT, [short], [long]).length, 0);
});

test('matching is one-to-one and greedy by overlap', () => {
  const gold: GoldQuote[] = [
    { spans: [span('der Plan sei gut und werde bald umgesetzt')], type: 'indirect' },
    { spans: [span('der Plan sei gut')], type: 'indirect' },
  ];
  const pred: PredQuote[] = [{ spans: [span('der Plan sei gut und werde bald umgesetzt')], speaker: null }];
  assert.deepEqual(matchQuotes(TEXT, gold, pred), [[0, 0]]);
});

test('scoreQuotes: P/R/F1, speaker accuracy by span and by name, recall by type', () => {
  const gold: GoldQuote[] = [
    { spans: [span('der Plan sei gut und werde bald umgesetzt')], speakerSpans: [span('Die Ministerin')], type: 'indirect' },
    { spans: [span('Morgen folgt mehr')], type: 'free-indirect' },
  ];
  const pred: PredQuote[] = [
    { spans: [span('der Plan sei gut und werde bald umgesetzt')], speaker: span('Ministerin') },
    { spans: [span('Die Ministerin sagte')], speaker: null },
  ];
  const s = scoreQuotes([{ text: TEXT, gold, pred }]);
  assert.equal(s.matched, 1);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.5);
  assert.equal(s.f1, 0.5);
  assert.equal(s.speakerGold, 1);
  assert.equal(s.speakerAccuracy, 1);
  assert.deepEqual(s.byType['free-indirect'], { gold: 1, matched: 0, recall: 0 });

  const named: GoldQuote[] = [{ spans: gold[0].spans, speakerNames: ['Anna Beispiel', 'Beispiel'], type: 'indirect' }];
  const right = scoreQuotes([{ text: TEXT, gold: named, pred: [{ spans: gold[0].spans, speaker: null, speakerNames: ['Beispiel'] }] }]);
  const wrong = scoreQuotes([{ text: TEXT, gold: named, pred: [{ spans: gold[0].spans, speaker: null, speakerNames: ['Otto'] }] }]);
  assert.equal(right.speakerAccuracy, 1);
  assert.equal(wrong.speakerAccuracy, 0);
});

test('optional gold quotes: a match counts for precision, a miss not against recall', () => {
  const gold: GoldQuote[] = [
    { spans: [span('der Plan sei gut und werde bald umgesetzt')], type: 'indirect' },
    { spans: [span('Morgen folgt mehr')], type: 'reported', required: false },
  ];
  const pred: PredQuote[] = [{ spans: [span('Morgen folgt mehr')], speaker: null }];
  const s = scoreQuotes([{ text: TEXT, gold, pred }]);
  assert.equal(s.gold, 1);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0);
});
