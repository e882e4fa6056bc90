import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figures, runNerEval, scoreSentence, scoredType, type Counts, type TypedSpan } from './ner.js';

test('scoredType: GPE counts as LOC; MISC, OTH and deriv/part variants are ignored', () => {
  const cases: [string, string | null][] = [
    ['PER', 'PER'], ['ORG', 'ORG'], ['LOC', 'LOC'], ['GPE', 'LOC'],
    ['MISC', null], ['OTH', null], ['LOCderiv', null], ['ORGpart', null],
  ];
  for (const [input, expected] of cases) assert.equal(scoredType(input), expected, input);
});

test('scoreSentence: exact span and type, ignored gold on both sides', () => {
  const text = 'Anna Berg flog mit der Lufthansa nach Wien und sprach Deutsch .';
  const span = (s: string, type: string): TypedSpan => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type });
  const gold = [span('Anna Berg', 'PER'), span('Lufthansa', 'ORG'), span('Wien', 'LOC'), span('Deutsch', 'LOCderiv')];
  // [prediction, strict counts, lenient counts]
  const cases: [TypedSpan[], Counts, Counts][] = [
    [[span('Anna Berg', 'PER'), span('Lufthansa', 'ORG'), span('Wien', 'GPE')], { tp: 3, fp: 0, fn: 0 }, { tp: 3, fp: 0, fn: 0 }],
    [[span('Anna', 'PER'), span('Lufthansa', 'LOC')], { tp: 0, fp: 2, fn: 3 }, { tp: 0, fp: 2, fn: 3 }],
    // a MISC prediction is never counted; a name on an ignored gold entity counts only when strict
    [[span('Deutsch', 'LOC'), span('Wien', 'MISC')], { tp: 0, fp: 1, fn: 3 }, { tp: 0, fp: 0, fn: 3 }],
  ];
  for (const [pred, strict, lenient] of cases) {
    const counts = new Map<string, Counts>();
    scoreSentence(gold, pred, counts);
    assert.deepEqual(counts.get('ALL'), strict, `strict ${JSON.stringify(pred)}`);
    const lc = new Map<string, Counts>();
    scoreSentence(gold, pred, lc, false);
    assert.deepEqual(lc.get('ALL'), lenient, `lenient ${JSON.stringify(pred)}`);
  }
});

test('figures: precision, recall, F1 (0 when undefined)', () => {
  assert.deepEqual(figures({ tp: 3, fp: 1, fn: 3 }), { tp: 3, fp: 1, fn: 3, precision: 0.75, recall: 0.5, f1: 0.6 });
  assert.equal(figures({ tp: 0, fp: 0, fn: 0 }).f1, 0);
});

test('runNerEval scores a small gold file and keeps news lines with --news-only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
  const file = join(dir, 'gold.jsonl');
  const line = (id: string, text: string, ents: [string, string][], news: boolean) => JSON.stringify({
    id, lang: 'de', text, news,
    entities: ents.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type })),
  });
  writeFileSync(file, [
    line('a', 'Bundeskanzler Olaf Scholz reiste nach Warschau .', [['Olaf Scholz', 'PER'], ['Warschau', 'LOC']], true),
    line('b', 'Die Firma Nordlicht baut Schiffe .', [['Nordlicht', 'ORG']], false),
  ].join('\n'));
  const all = runNerEval(file);
  assert.equal(all.sentences, 2);
  const news = runNerEval(file, { newsOnly: true });
  assert.equal(news.sentences, 1);
  assert.deepEqual([news.all.tp, news.all.fp, news.all.fn], [2, 0, 0]);
  assert.deepEqual([news.lenient.all.tp, news.lenient.all.fp, news.lenient.all.fn], [2, 0, 0]);
});
