import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import type { Event, Result } from '../../contract/schema.js';

function run(text: string, lang: 'de' | 'en', date = '2025-03-13'): Result {
  const r = analyze({ text, lang, date });
  assert.ok(!('error' in r));
  return r as Result;
}

type Row = [text: string, type: string, source: string | null, target: string | null, status: string];

/** Sentences written for these tests (a Thursday article date: 2025-03-13). */
const GERMAN: Row[] = [
  ['Bundeskanzler Friedrich Merz telefonierte am Dienstag mit dem französischen Präsidenten Emmanuel Macron.', 'CONSULT', 'DEU', 'FRA', 'asserted'],
  ['Der japanische Premier werde im Mai nach Frankreich reisen, teilte Tokio mit.', 'AGREE', 'JPN', 'FRA', 'planned'],
  ['Die USA verhängten neue Zölle auf Einfuhren aus Kanada.', 'SANCTION', 'USA', 'CAN', 'asserted'],
  ['Russland griff in der Nacht die Ukraine mit Drohnen an.', 'ASSAULT', 'RUS', 'UKR', 'asserted'],
  ['Polen kritisierte Ungarn scharf.', 'ACCUSE', 'POL', 'HUN', 'asserted'],
  ['Indien will keinen Konflikt mit Pakistan suchen.', 'THREATEN', 'IND', 'PAK', 'negated'],
];

const ENGLISH: Row[] = [
  ['Canada accused China of interfering in its elections.', 'ACCUSE', 'CAN', 'CHN', 'asserted'],
  ['Brazil will send medical supplies to Bolivia next week.', 'AGREE', 'BRA', 'BOL', 'planned'],
  ['Egypt rejected the Israeli proposal.', 'REJECT', 'EGY', 'ISR', 'asserted'],
  ['Japan did not meet with North Korea.', 'REJECT', 'JPN', 'PRK', 'asserted'],
  ['If Iran attacks Israel, the United States will respond.', 'ASSAULT', 'IRN', 'ISR', 'hypothetical'],
];

function find(r: Result, type: string): Event | undefined {
  return r.events.find((e) => e.type === type);
}

for (const [lang, rows] of [['de', GERMAN], ['en', ENGLISH]] as const) {
  test(`events (${lang}): type, source and target country, status`, () => {
    for (const [text, type, src, tgt, status] of rows) {
      const r = run(text, lang);
      const e = find(r, type);
      assert.ok(e, `${text}: no ${type} in ${JSON.stringify(r.events.map((x) => x.type))}`);
      assert.deepEqual([e.sourceCountry, e.targetCountry, e.status], [src, tgt, status], text);
      assert.equal(r.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
      assert.ok(e.evidence.start <= e.trigger.start && e.trigger.end <= e.evidence.end, text);
    }
  });
}

test('event date: the sentence date expression, else the article date, null for undated plans', () => {
  const past = find(run('Bundeskanzler Friedrich Merz telefonierte am Dienstag mit Emmanuel Macron.', 'de'), 'CONSULT');
  assert.equal(past?.date, '2025-03-11');
  assert.equal(past?.dateText?.includes('Dienstag'), true);
  const undated = find(run('Polen kritisierte Ungarn scharf.', 'de'), 'ACCUSE');
  assert.equal(undated?.date, '2025-03-13');
  assert.equal(undated?.dateText, null);
  const plan = find(run('Brazil will send medical supplies to Bolivia.', 'en'), 'AGREE');
  assert.equal(plan?.date, null);
});

test('place: a capital after "in" is geocoded; a meeting in a third country is mode third-party', () => {
  const r = run('Emmanuel Macron traf am Montag in Rom den ukrainischen Präsidenten Wolodymyr Selenskyj.', 'de');
  const e = find(r, 'CONSULT');
  assert.equal(e?.place?.country, 'ITA');
  assert.ok(e?.place?.lat && Math.abs(e.place.lat - 41.9) < 0.5);
  assert.equal(e?.mode, 'third-party');
  assert.equal(e?.targetCountry, 'UKR');
});

test('a quote speaker is the source of an event inside the quote that names none', () => {
  const r = run('„Wir werden nach China reisen“, sagte Außenminister Johann Wadephul am Montag.', 'de');
  const e = r.events.find((x) => x.targetCountry === 'CHN');
  assert.ok(e, JSON.stringify(r.events));
  assert.equal(e.sourceCountry, 'DEU');
  assert.notEqual(e.quote, null);
});

test('scores come from the PLOVER manual\'s table (event scale)', () => {
  const r = run('Russland griff die Ukraine an.', 'de');
  assert.equal(find(r, 'ASSAULT')?.score, -9);
});
