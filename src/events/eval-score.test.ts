import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryMatches, dateMatches, judgeSentence, scoreArticle, scoreSentences, typeAccepted, type ArticlePred, type GoldEvent } from './eval-score.js';

test('dates: equal, more precise, lists, null gold', () => {
  const cases: [string | string[] | null, string | null, boolean][] = [
    ['2025-10', '2025-10-31', true], ['2025-10', '2025-10', true], ['2025-10', '2025-1', false], ['2025-10', '2025', false],
    [['2025-09-20', '2025-09'], '2025-09-22', true], [null, null, true], [null, '2024', true], ['2026', null, false],
  ];
  for (const [g, p, want] of cases) assert.equal(dateMatches(g, p), want, `${g} ${p}`);
});

test('countries and types', () => {
  assert.equal(countryMatches('IGO', null), true);
  assert.equal(countryMatches('USA', null), false);
  assert.equal(typeAccepted('YIELD', 'RETREAT'), true);
  assert.equal(typeAccepted('YIELD', 'CONCEDE'), true);
  assert.equal(typeAccepted('ACCUSE', 'REJECT'), false);
});

test('sentence scoring: overlap of source and target, predicted label, macro-F1', () => {
  const items = [
    { type: 'ACCUSE', sources: [[0, 5]], targets: [[10, 15]], events: [{ type: 'ACCUSE', sources: [[2, 4]], targets: [[12, 20]] }] },
    { type: 'ACCUSE', sources: [[0, 5]], targets: [[10, 15]], events: [{ type: 'ACCUSE', sources: [[6, 8]], targets: [[12, 20]] }] },
    { type: 'YIELD', sources: [[0, 5]], targets: [[10, 15]], events: [{ type: 'RETREAT', sources: [[0, 5]], targets: [[10, 15]] }] },
    { type: 'REJECT', sources: [[0, 5]], targets: [[10, 15]], events: [{ type: 'ACCUSE', sources: [[0, 5]], targets: [[10, 15]] }] },
  ] as Parameters<typeof scoreSentences>[0];
  assert.deepEqual(judgeSentence(items[3], true), { right: false, predicted: 'ACCUSE' });
  const s = scoreSentences(items);
  assert.equal(s.right, 2);
  // ACCUSE: 1 right of 2 gold, predicted 3 times (two wrong-span/type sentences count as ACCUSE predictions)
  assert.deepEqual([s.perType.ACCUSE.gold, s.perType.ACCUSE.predicted, s.perType.ACCUSE.right], [2, 3, 1]);
  assert.equal(s.perType.YIELD.f1, 1);
  assert.equal(s.perType.REJECT.f1, 0);
  const accuseF1 = (2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2);
  assert.ok(Math.abs(s.macroF1 - (accuseF1 + 1 + 0) / 3) < 1e-9);
});

test('article scoring: one-to-one, required first, negated predictions outside precision', () => {
  const gold: GoldEvent[] = [
    { id: 'g1', type: ['CONSULT'], mode: 'phone', source: 'USA', target: 'CHN', date: '2025-09-09', status: 'asserted', required: true },
    { id: 'g2', type: ['AGREE', 'CONSULT'], mode: 'visit', source: 'USA', target: 'CHN', date: '2026', status: 'planned', required: true },
    { id: 'g3', type: ['SUPPORT'], mode: null, source: 'USA', target: 'IGO', date: null, status: 'asserted', required: false },
  ];
  const pred: ArticlePred[] = [
    { id: 'e1', type: 'CONSULT', mode: 'phone', sourceCountry: 'USA', targetCountry: 'CHN', date: '2025-09-09', status: 'asserted' },
    { id: 'e2', type: 'AGREE', mode: 'visit', sourceCountry: 'USA', targetCountry: 'CHN', date: '2026-03', status: 'planned' },
    { id: 'e3', type: 'SUPPORT', mode: null, sourceCountry: 'USA', targetCountry: null, date: '2025-09-25', status: 'asserted' },
    { id: 'e4', type: 'THREATEN', mode: null, sourceCountry: 'USA', targetCountry: 'CHN', date: null, status: 'negated' },
    { id: 'e5', type: 'ASSAULT', mode: null, sourceCountry: 'RUS', targetCountry: 'UKR', date: null, status: 'asserted' },
  ];
  const s = scoreArticle(gold, pred);
  assert.deepEqual([s.required, s.requiredFound, s.recall], [2, 2, 1]);
  assert.deepEqual([s.predicted, s.predictedRight], [4, 3]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.dateAccuracy, 1);
  assert.deepEqual(s.falsePositives, ['e5']);
});
