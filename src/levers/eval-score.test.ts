/** Table tests of the lever scoring rules (src/levers/eval-score.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { magnitudeMatches, scoreLevers, type LeverKeyed } from './eval-score.js';

const L = (s: string): LeverKeyed => {
  // "tariff USA>CHN ALL 145 percent" / "sanctions EU>RUS - -"
  const [instrument, parties, good, value, unit] = s.split(' ');
  const [imposer, target] = parties.split('>');
  return {
    instrument, imposer: imposer || null, target: target || null, good: good === '-' ? null : good,
    magnitude: value && value !== '-' ? { value: Number(value), unit: unit ?? null } : null,
  };
};

test('levers match on instrument, imposer, target and good; magnitude is scored on matched ones', () => {
  const cases: [string[], string[], string][] = [
    // gold, predicted, "matched recall precision magnitude"
    [['tariff USA>CHN ALL 145 percent'], ['tariff USA>CHN ALL 145 percent'], '1 1 1 1'],
    [['tariff USA>CHN ALL 145 percent'], ['tariff USA>CHN ALL 14.5 percent'], '1 1 1 0'],
    [['tariff USA>CHN ALL 145 percent'], ['tariff USA>CHN SOY 145 percent'], '0 0 0 1'],
    [['tariff USA>CHN ALL -'], ['tariff USA>CHN ALL 10 percent', 'tariff USA>CHN ALL -'], '1 1 0.5 1'],
    [['sanctions EU>RUS - -'], ['sanctions EU> - -'], '0 0 0 1'],
    [['dependence CHN>USA REE 0.6667 share'], ['dependence CHN>USA REE 0.666667 share'], '1 1 1 1'],
    [['tariff USA>CHN ALL 25 percent', 'tariff USA>CHN ALL 10 percent'], ['tariff USA>CHN ALL 10 percent', 'tariff USA>CHN ALL 25 percent'], '2 1 1 1'],
    [[], ['quota USA>KOR STEEL -'], '0 1 0 1'],
  ];
  for (const [gold, pred, want] of cases) {
    const s = scoreLevers(gold.map(L), pred.map(L));
    assert.equal(`${s.matched} ${s.recall} ${s.precision} ${s.magnitudeAccuracy}`, want, `${gold.join('; ')} vs ${pred.join('; ')}`);
  }
});

test('magnitudes: same unit, within half a percent, a range by its upper bound', () => {
  const cases: [number, string, number | [number, number], string, boolean][] = [
    [145, 'percent', 145, 'percent', true],
    [145, 'percent', 145, 'percentage-point', false],
    [26e9, 'EUR', 26.1e9, 'EUR', true],
    [26e9, 'EUR', 27e9, 'EUR', false],
    [35.3, 'percent', [17, 35.3], 'percent', true],
  ];
  for (const [gv, gu, pv, pu, want] of cases) {
    assert.equal(magnitudeMatches({ value: gv, unit: gu }, { value: pv, unit: pu }), want, `${gv} ${gu} vs ${JSON.stringify(pv)} ${pu}`);
  }
});
