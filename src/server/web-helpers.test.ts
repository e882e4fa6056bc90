// Unit tests of the dashboard's DOM-free and DOM-building helpers (web/src/), run here because
// the test runner collects tests under src/. The DOM is linkedom's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { WeekPoint } from './api-types.js';
import { addDays, eventDay, nearestWithEvents, weeklyGrid } from '../../web/src/weeks.js';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
(globalThis as unknown as { document: Document }).document = document as unknown as Document;
const { highlight, nameMarks } = await import('../../web/src/highlight.js');
const { h } = await import('../../web/src/dom.js');

const wp = (week: string, count = 1): WeekPoint => ({ week, scoreSum: count, scoreMean: 1, count, quad: {} });

test('eventDay files events as the stores do', () => {
  const cases: [string | null, string | null, string | null][] = [
    ['2025-09-12', '2025-09-20', '2025-09-12'],
    ['2025-09', '2025-09-20', '2025-09-20'],
    ['2025-09', null, '2025-09-01'],
    ['1970', null, '1970-01-01'],
    [null, '2025-10-01', '2025-10-01'],
    [null, null, null],
  ];
  for (const [date, articleDate, want] of cases) assert.equal(eventDay({ date, articleDate }), want, `${date} / ${articleDate}`);
});

test('weeklyGrid fills silent weeks; long series stay as points; clicks snap to a week with events', () => {
  assert.equal(addDays('2025-12-29', 7), '2026-01-05');
  const grid = weeklyGrid([wp('2025-09-01'), wp('2025-09-22')]);
  assert.deepEqual(grid.map((p) => p?.week ?? null), ['2025-09-01', null, null, '2025-09-22']);
  assert.equal(nearestWithEvents(grid, 1), 0);
  assert.equal(nearestWithEvents(grid, 2), 3);
  assert.equal(nearestWithEvents([null, null], 1), -1);
  assert.equal(weeklyGrid([wp('1970-01-05'), wp('2025-09-01')]).length, 2);
  assert.deepEqual(weeklyGrid([]), []);
});

test('highlight keeps markup in the text as text, and marks overlapping spans', () => {
  const text = 'Merz <script>alert(1)</script> traf <b>Macron</b>.';
  const box = h('div', {}, highlight(text, [
    { start: 0, end: 4, cls: 'hl-source' },
    { start: 5, end: 30, cls: 'l-quote' },
    { start: 13, end: 21, cls: 'hl-trigger' },
  ]));
  assert.equal(box.textContent, text);
  assert.equal(box.querySelectorAll('script, b').length, 0);
  assert.equal(box.querySelector('.hl-source')?.textContent, 'Merz');
  assert.equal(box.querySelectorAll('.l-quote').length, 3);
  assert.equal(box.querySelector('.hl-trigger')?.className, 'l-quote hl-trigger');
});

test('nameMarks finds whole names and a surname alone, not inside other words', () => {
  const text = 'Donald Trump sprach. Trump und Trumpf.';
  const marks = nameMarks(text, ['Donald Trump'], 'hl-source').map((m) => text.slice(m.start, m.end)).sort();
  assert.deepEqual(marks, ['Donald Trump', 'Trump', 'Trump']);
});

test('h() sets text and attributes without parsing HTML', () => {
  const a = h('a', { href: '#/article/x', title: '<img src=x onerror=1>' }, '<i>kursiv</i>');
  assert.equal(a.textContent, '<i>kursiv</i>');
  assert.equal(a.querySelectorAll('i, img').length, 0);
  assert.equal(a.getAttribute('title'), '<img src=x onerror=1>');
});
