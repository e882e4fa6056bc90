// Unit tests of the dashboard's language helpers (web/src/i18n.ts, date-input.ts, confidence.ts):
// dates typed in the UI language's format, the minimum-confidence percent, German chart names.
// The DOM is linkedom's; localStorage a map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const g = globalThis as unknown as { document: Document; localStorage: Storage };
g.document = document as unknown as Document;
const mem = new Map<string, string>();
g.localStorage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) } as unknown as Storage;
const { chartDateNames, datePattern, dayForInput, parseDay, setLang, t } = await import('../../web/src/i18n.js');
const { confFraction, confQuery, passes } = await import('../../web/src/confidence.js');

test('parseDay: German and ISO forms to ISO; partial dates kept; impossible days null', () => {
  const cases: [string, string | null][] = [
    ['25.09.2025', '2025-09-25'], ['1.9.2025', '2025-09-01'], ['01.09.25', '2025-09-01'], ['2025-09-25', '2025-09-25'],
    ['2025-9-5', '2025-09-05'], ['09.2025', '2025-09'], ['2025-09', '2025-09'], ['2025', '2025'], ['', ''], ['  ', ''],
    ['31.02.2025', null], ['29.02.2024', '2024-02-29'], ['29.02.2025', null], ['2025-13-01', null], ['13.2025', null],
    ['09/25/2025', null], ['gestern', null],
  ];
  for (const [input, want] of cases) assert.equal(parseDay(input), want, input);
});

test('date fields show the UI language\'s form; the table answers in German', () => {
  setLang('de');
  assert.deepEqual([dayForInput('2025-09-25'), dayForInput('2025-09'), dayForInput('2025'), dayForInput(null), datePattern()],
    ['25.09.2025', '09.2025', '2025', '', 'TT.MM.JJJJ']);
  assert.equal(t('{n} events', { n: 1234 }), '1.234 Ereignisse');
  const names = chartDateNames();
  assert.deepEqual([names?.MMMM[2], names?.MMM[9], names?.WWWW[0]], ['März', 'Okt', 'Sonntag']);
  setLang('en');
  assert.deepEqual([dayForInput('2025-09-25'), datePattern(), chartDateNames()], ['2025-09-25', 'YYYY-MM-DD', undefined]);
  assert.equal(t('{n} events', { n: 1234 }), '1,234 events');
});

test('minimum confidence: percent to fraction; events without a confidence pass', () => {
  const cases: [string | null, number | undefined][] = [['50', 0.5], ['5', 0.05], ['0', 0], ['100', 1], ['', undefined], [null, undefined], ['150', undefined], ['x', undefined]];
  for (const [p, f] of cases) assert.equal(confFraction(p), f, String(p));
  assert.deepEqual([confQuery('50'), confQuery('0'), confQuery('')], [{ min_confidence: 0.5 }, {}, {}]);
  assert.deepEqual([passes(0.4, '50'), passes(0.5, '50'), passes(undefined, '50'), passes(0.1, '')], [false, true, true, true]);
});
