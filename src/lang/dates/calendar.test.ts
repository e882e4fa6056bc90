import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, dayOf, formatDay, isoWeekday, parseDay, yearForDayMonth, yearForMonth } from './calendar.js';

test('day numbers, weekdays and month arithmetic', () => {
  const ref = parseDay('2025-09-25') as number;
  assert.equal(formatDay(ref), '2025-09-25');
  assert.equal(isoWeekday(ref), 4);
  assert.equal(isoWeekday(parseDay('2025-09-21') as number), 7);
  assert.equal(parseDay('2025-02-29'), null);
  assert.equal(dayOf(2024, 2, 29) !== null, true);
  assert.equal(parseDay('25.09.2025'), null);
  const months: [number, number, number, [number, number]][] = [
    [2025, 1, -1, [2024, 12]], [2025, 12, 1, [2026, 1]], [2025, 9, 0, [2025, 9]], [2025, 3, -15, [2023, 12]],
  ];
  for (const [y, m, n, expected] of months) assert.deepEqual(addMonths(y, m, n), expected, `${y}-${m} ${n}`);
});

test('year of a day without year: nearest, later ones weighted, tense forces a side', () => {
  const cases: [string, number, number, -1 | 0 | 1, number | null][] = [
    ['2025-09-25', 9, 9, 0, 2025],
    ['2025-09-25', 1, 5, 0, 2025], // last January (263 days back) beats next (102 days ahead x3)
    ['2025-09-25', 1, 5, 1, 2026],
    ['2025-09-25', 11, 15, 0, 2025],
    ['2025-09-25', 11, 15, -1, 2024],
    ['2026-01-03', 12, 28, 0, 2025],
    ['2025-12-30', 1, 2, 0, 2026],
    ['2025-09-25', 2, 29, 0, 2024],
    ['2025-09-25', 2, 29, 1, null],
  ];
  for (const [date, m, d, tense, expected] of cases) {
    assert.equal(yearForDayMonth(parseDay(date) as number, m, d, tense), expected, `${d}.${m}. at ${date} tense ${tense}`);
  }
  const monthCases: [string, number, -1 | 0 | 1, number][] = [
    ['2025-09-25', 10, 0, 2025], ['2025-09-25', 11, 0, 2025], ['2025-09-25', 12, 0, 2024], ['2025-09-25', 3, 0, 2025],
    ['2025-09-25', 12, -1, 2024], ['2025-12-30', 1, 0, 2026], ['2025-09-25', 8, 1, 2026],
  ];
  for (const [date, m, tense, expected] of monthCases) {
    assert.equal(yearForMonth(parseDay(date) as number, m, tense), expected, `${m} at ${date} tense ${tense}`);
  }
});
